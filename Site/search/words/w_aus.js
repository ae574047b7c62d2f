BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3w,h;74",
"aussitot":"6h,17,7;6h",
"austria":"7i"
});
