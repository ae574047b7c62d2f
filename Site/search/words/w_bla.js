BRIEFINGS_SEARCH_WORDS("bla",{
"blanche":"x,4",
"blancs":"l,3o;l",
"blatant":"7l"
});
