BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4u,31;4u",
"needs":"4s,2z"
});
