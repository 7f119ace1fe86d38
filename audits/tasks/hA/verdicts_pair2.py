# Verdicts for pair2: d5015b24faef2597 (old, TP HCM 2859/QĐ-UBND) -> 626bc5de0254525c (new, Quảng Trị 2844/QĐ-UBND)
OLD = "/work/shared/real/d5015b24faef2597.txt"
NEW = "/work/shared/real/626bc5de0254525c.txt"
old = [
 ("Điều 1#1", "Công bố kèm theo Quyết định này danh mục 01 thủ tục", ("same", ["Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực địa chất"])),
 ("Điều 1#2", "Danh mục thủ tục hành chính được đăng tải trên Cổng", ("absent",)),
 ("Điều 2/1#1", "Giao Sở Nông nghiệp và Môi trường rà soát", ("same", ["Sở Nông nghiệp và Môi trường có trách nhiệm tổ chức xây dựng"])),
 ("Điều 2/2#1", "Giao Trung tâm Chuyển đổi số Thành phố cấu hình", ("unclear", "no body is tasked with configuring the system in new; only the purpose clause of new Điều 2 ('thiết lập quy trình điện tử lên Hệ thống') touches it")),
 ("Điều 3#1", "Quyết định này có hiệu lực thi hành", ("same", ["Quyết định này có hiệu lực thi hành"])),
 ("Điều 4#1", "Chánh Văn phòng Ủy ban nhân dân Thành phố", ("same", ["Chánh Văn phòng UBND tỉnh, Giám đốc"])),
 ("PL1#1", "Công nhận kết quả thăm dò khoáng sản", ("same", ["Công nhận kết quả thăm dò khoáng sản"])),
]
new = [
 ("Điều 1#1", "Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực địa chất", ("same", ["Công bố kèm theo Quyết định này danh mục 01 thủ tục"])),
 ("Điều 2#1", "Sở Nông nghiệp và Môi trường có trách nhiệm tổ chức xây dựng", ("same", ["Giao Sở Nông nghiệp và Môi trường rà soát"])),
 ("Điều 2#2", "Hoàn thành trước ngày 30/11/2025", ("unclear", "deadline sentence of Điều 2 cut off by the outline as its own task")),
 ("Điều 3#1", "Quyết định này có hiệu lực thi hành", ("same", ["Quyết định này có hiệu lực thi hành"])),
 ("Điều 3#2", "Chánh Văn phòng UBND tỉnh, Giám đốc", ("same", ["Chánh Văn phòng Ủy ban nhân dân Thành phố"])),
 ("PL1#1", "Công nhận kết quả thăm dò khoáng sản", ("same", ["Công nhận kết quả thăm dò khoáng sản"])),
]
