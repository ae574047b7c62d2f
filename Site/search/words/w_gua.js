BRIEFINGS_SEARCH_WORDS("gua",{
"guard":"17,5,9,1d,47",
"guards":"1c,9"
});
