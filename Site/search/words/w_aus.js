BRIEFINGS_SEARCH_WORDS("aus",{
"aussi":"b,12,15,g,a,3x,h;75",
"aussitot":"6i,17,7;6i",
"austria":"7j"
});
