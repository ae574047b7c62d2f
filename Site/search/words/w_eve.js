BRIEFINGS_SEARCH_WORDS("eve",{
"eve":"7y",
"even":"5w,1u",
"eventuelle":"37",
"every":"47,3p"
});
