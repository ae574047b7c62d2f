BRIEFINGS_SEARCH_WORDS("any",{
"any":"4q,2d,6,m,1,9;4q",
"anymore":"4u,3b",
"anyone":"69,1q",
"anything":"4t,3c;4t"
});
