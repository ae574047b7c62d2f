BRIEFINGS_SEARCH_WORDS("sar",{
"sarakeb":"1",
"saraqeb":"1,2g,4,9,d,15,7,1,1,3,2,6,1,1,1d,a,d,m,1,3,1,5,2,1;4l,3,2,6,1,1e,1l",
"saraqib":"1",
"sarc":"u",
"sarmin":"1",
"sarraj":"2,d,7,i,6,1,1z,4,2,6,8,4,2b,17,3,4,5,3,3,1,1,1;14,2c,e,3m"
});
