BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"44,3s",
"breaking":"41,3v",
"breakthrough":"7k",
"brega":"2",
"bretagne":"2j"
});
