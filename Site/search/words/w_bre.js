BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"45,3u",
"breaking":"42,3x",
"breakthrough":"7n",
"brega":"2",
"bretagne":"2j"
});
