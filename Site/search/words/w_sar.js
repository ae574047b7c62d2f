BRIEFINGS_SEARCH_WORDS("sar",{
"sarakeb":"1",
"saraqeb":"1,2g,4,9,d,14,7,1,1,3,2,6,1,1,1c,a,d,l,1,3,1,5,2,1;4k,3,2,6,1,1d,1k",
"saraqib":"1",
"sarc":"u",
"sarmin":"1",
"sarraj":"2,d,7,i,6,1,1z,4,2,6,8,3,2a,16,3,4,5,3,3,1,1,1;14,2c,e,3j"
});
