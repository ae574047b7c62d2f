BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"85",
"risque":"1r,55,11;6w"
});
