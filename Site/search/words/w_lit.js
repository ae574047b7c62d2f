BRIEFINGS_SEARCH_WORDS("lit",{
"lit":"2p",
"little":"3d,46;3d"
});
