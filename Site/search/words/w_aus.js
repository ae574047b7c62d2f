BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,16,g,a,3j,h;6s",
"aussitot":"4h,1s,13,7;4h,1s",
"austria":"76"
});
