BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,16,g,a,3h,i;6q",
"aussitot":"4h,1r,13,7;4h,1r",
"austria":"75"
});
