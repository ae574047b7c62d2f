BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7x",
"risque":"1r,4t,15;6k"
});
