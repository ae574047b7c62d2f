BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4t,2z;4t",
"needs":"4r,2x"
});
