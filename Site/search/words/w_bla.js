BRIEFINGS_SEARCH_WORDS("bla",{
"blanche":"x,4",
"blancs":"l,3u;l",
"blatant":"7z"
});
