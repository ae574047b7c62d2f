BRIEFINGS_SEARCH_WORDS("bla",{
"blanche":"x,4",
"blancs":"l,3t;l",
"blatant":"7w"
});
