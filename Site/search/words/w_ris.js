BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7j",
"risque":"1r,4j,11;6a"
});
