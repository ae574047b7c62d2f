BRIEFINGS_SEARCH_WORDS("fay",{
"fayez":"2,d,7,i,6,1,2m,3,2,6,8,3b,4,5,3,3,1,1,1;14,2y,e",
"faylaq":"2i"
});
