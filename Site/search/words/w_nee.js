BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4u,2z;4u",
"needs":"4s,2x"
});
