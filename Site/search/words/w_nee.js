BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4u,30;4u",
"needs":"4s,2y"
});
