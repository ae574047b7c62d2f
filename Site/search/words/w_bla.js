BRIEFINGS_SEARCH_WORDS("bla",{
"blanche":"x,4",
"blancs":"l,4b;l",
"blatant":"87"
});
