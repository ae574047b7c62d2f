BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3k,h;6s",
"aussitot":"66,16,7;66",
"austria":"76"
});
