BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3j,h;6r",
"aussitot":"4g,1s,13,7;4g,1s",
"austria":"75"
});
