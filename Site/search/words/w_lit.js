BRIEFINGS_SEARCH_WORDS("lit",{
"lit":"2p",
"little":"3z,46;3z"
});
