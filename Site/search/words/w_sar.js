BRIEFINGS_SEARCH_WORDS("sar",{
"sarakeb":"1,38",
"saraqeb":"1,2h,4,9,e,l,z,7,1,1,2,3,1,4,1,1b,i,m,1,3,1,5,2,1;39,1v,3,5,1,1b,1g",
"saraqib":"1,38",
"sarc":"u",
"sarmin":"1",
"sarraj":"2,d,7,i,6,1,2m,3,2,6,8,3b,4,5,3,3,1,1,1;14,2y,e"
});
