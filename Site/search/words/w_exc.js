BRIEFINGS_SEARCH_WORDS("exc",{
"excessif":"3b",
"exclue":"1f",
"exclusive":"p",
"exclut":"x"
});
