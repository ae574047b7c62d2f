BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3m,h;6u",
"aussitot":"4g,1s,16,7;4g,1s",
"austria":"78"
});
