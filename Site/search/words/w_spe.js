BRIEFINGS_SEARCH_WORDS("spe",{
"speaker":"5",
"speaking":"7i",
"special":"18,1,e,16,3u,n;6n",
"speciale":"2t,i,20,24;5b"
});
