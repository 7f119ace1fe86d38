# Verdicts for pair1: f08cdc4c1a96afa2 (old, Lai Châu 2934/QĐ-UBND) -> 094432765aa270a8 (new, Quảng Trị 2827/QĐ-UBND)
# Each task: key (path#number as in sosanh's outline), text prefix (used to find the task), verdict:
#   ("same", [partner prefixes on the other side]) | ("absent",) | ("unclear", reason)
OLD = "/work/shared/real/f08cdc4c1a96afa2.txt"
NEW = "/work/shared/real/094432765aa270a8.txt"
old = [
 ("Điều 1#1", "Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được ban hành mới", ("same", ["Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành"])),
 ("Điều 2#1", "Quyết định này có hiệu lực thi hành", ("same", ["Quyết định này có hiệu lực thi hành"])),
 ("Điều 2#2", "Giao Văn phòng UBND tỉnh chủ trì", ("unclear", "VP UBND computerises approved internal process vs new Điều 2: Sở builds/submits process for approval to set up e-process; related goal, different body and act")),
 ("Điều 3#1", "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở", ("same", ["Chánh Văn phòng UBND tỉnh, Giám đốc Sở"])),
 ("PL1#1", "Thủ tục cấp giấy chứng nhận lưu hành tự do", ("same", ["Thủ tục cấp giấy chứng nhận lưu hành tự do"])),
 ("PL1#2", "Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận", ("same", ["Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận"])),
]
new = [
 ("Điều 1#1", "Công bố kèm theo Quyết định này Danh mục thủ tục hành chính mới ban hành", ("same", ["Công bố kèm theo Quyết định này Danh mục thủ tục hành chính được ban hành mới"])),
 ("Điều 2#1", "Sở Văn hóa, Thể thao và Du lịch có trách nhiệm tổ chức xây dựng", ("unclear", "see old Điều 2#2")),
 ("Điều 2#2", "Hoàn thành trước ngày 28/11/2025", ("unclear", "deadline sentence of Điều 2 cut off by the outline as its own task")),
 ("Điều 3#1", "Quyết định này có hiệu lực thi hành", ("same", ["Quyết định này có hiệu lực thi hành"])),
 ("Điều 4#1", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở", ("same", ["Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở"])),
 ("PL1#1", "Thủ tục cấp giấy chứng nhận lưu hành tự do", ("same", ["Thủ tục cấp giấy chứng nhận lưu hành tự do"])),
 ("PL1#2", "Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận", ("same", ["Thủ tục sửa đổi, bổ sung/cấp lại giấy chứng nhận"])),
]
