BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3v,g;73",
"aussitot":"6g,16,7;6g",
"austria":"7g"
});
