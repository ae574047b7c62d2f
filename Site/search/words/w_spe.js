BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"4n,38;4n",
"special":"18,1,e,15,47,o;6z",
"speciale":"2s,i,26,2c;5g"
});
