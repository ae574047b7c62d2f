BRIEFINGS_SEARCH_WORDS("any",{
"any":"48,2l,2,p,1,9;48,2l",
"anymore":"4c,3i",
"anyone":"5r,1x",
"anything":"4b,3j"
});
