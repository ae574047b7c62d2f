BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"7i",
"special":"18,1,e,15,3v,n;6n",
"speciale":"2s,i,1y,27;58"
});
