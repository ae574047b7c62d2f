BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"3z,3n",
"breaking":"3w,3q",
"breakthrough":"7a",
"brega":"2",
"bretagne":"2j"
});
