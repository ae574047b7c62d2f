BRIEFINGS_SEARCH_WORDS("ris",{
"rise":"7k",
"risque":"1r,4k,11;6b"
});
