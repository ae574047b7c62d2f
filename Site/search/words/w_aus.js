BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3w,h",
"aussitot":"6h,17,7",
"austria":"7i"
});
