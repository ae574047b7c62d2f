BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,16,g,w,3h,i;7c",
"aussitot":"53,1r,13,7;53,1r",
"austria":"7r"
});
