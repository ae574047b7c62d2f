BRIEFINGS_SEARCH_WORDS("wil",{
"will":"74,1,c;74",
"williams":"2c,g,i,20,1v,4,5;2s"
});
