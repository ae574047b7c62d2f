BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7v",
"risque":"1r,4s,14;6j"
});
