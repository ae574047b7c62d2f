BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"42,3w",
"breaking":"3z,3z",
"breakthrough":"7m",
"brega":"2",
"bretagne":"2j"
});
