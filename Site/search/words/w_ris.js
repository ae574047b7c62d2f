BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7m",
"risque":"1r,4j,14;6a"
});
