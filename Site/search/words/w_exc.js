BRIEFINGS_SEARCH_WORDS("exc",{
"excessif":"3a",
"exclue":"1f",
"exclusive":"p",
"exclut":"x"
});
