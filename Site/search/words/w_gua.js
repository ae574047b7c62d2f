BRIEFINGS_SEARCH_WORDS("gua",{
"guard":"17,5,9,1d,4t",
"guards":"1c,9"
});
