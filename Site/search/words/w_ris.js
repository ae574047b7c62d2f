BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7w",
"risque":"1r,4s,15;6j"
});
