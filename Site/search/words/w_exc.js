BRIEFINGS_SEARCH_WORDS("exc",{
"excessif":"3x",
"exclue":"1f",
"exclusive":"p",
"exclut":"x"
});
