BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"6k,14",
"telephonique":"5x,7,1l",
"telephoniques":"w",
"televised":"6r,w",
"television":"47,3p"
});
