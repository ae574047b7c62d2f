BRIEFINGS_SEARCH_WORDS("whi",{
"which":"5k,n,1k,4,4,3,3;5k",
"while":"82",
"white":"l,g,3v,39;4w"
});
