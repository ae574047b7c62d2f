BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7u",
"risque":"1r,4r,14;6i"
});
