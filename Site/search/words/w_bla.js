BRIEFINGS_SEARCH_WORDS("bla",{
"blanche":"x,4",
"blancs":"l,3p;l",
"blatant":"7l"
});
