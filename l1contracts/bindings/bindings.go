// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ChunkWitness is an auto generated low-level Go binding around an user-defined struct.
type ChunkWitness struct {
	Index    *big.Int
	Data     []byte
	Siblings [][32]byte
}

// IDisputeGameGameView is an auto generated low-level Go binding around an user-defined struct.
type IDisputeGameGameView struct {
	ResultId        *big.Int
	Executor        common.Address
	Challenger      common.Address
	Phase           uint8
	ExecutorToMove  bool
	LastMove        uint64
	ExecutorClock   uint64
	ChallengerClock uint64
	A               uint64
	B               uint64
	AgreedRoot      [32]byte
	ExecutorRoot    [32]byte
	ChallengerRoot  [32]byte
	Hash            [32]byte
	Level           uint8
	Depth           uint8
	Index           uint64
	NChunks         uint64
	OutSlot         uint16
	NSlots          uint16
	OutDtype        uint8
	OutRank         uint8
	OutDims         [4]uint32
}

// IProviderRegistryNodeInfo is an auto generated low-level Go binding around an user-defined struct.
type IProviderRegistryNodeInfo struct {
	Registrant  common.Address
	MemoryBytes uint64
	GpuModel    string
	Uuid        string
}

// IProviderRegistryProvider is an auto generated low-level Go binding around an user-defined struct.
type IProviderRegistryProvider struct {
	Stake          *big.Int
	WithdrawableAt *big.Int
}

// IResultRegistryCommitment is an auto generated low-level Go binding around an user-defined struct.
type IResultRegistryCommitment struct {
	JobId       [32]byte
	ProgramRoot [32]byte
	InputRoot   [32]byte
	OutputRoot  [32]byte
	FinalState  [32]byte
	Executor    common.Address
	Steps       uint64
	Deadline    uint64
	Status      uint8
	OpenGames   uint16
}

// InputWitness is an auto generated low-level Go binding around an user-defined struct.
type InputWitness struct {
	Slot   SlotWitness
	Chunks []ChunkWitness
}

// OpProof is an auto generated low-level Go binding around an user-defined struct.
type OpProof struct {
	Record      []byte
	Header      []byte
	SlotsHash   [32]byte
	OutputsHash [32]byte
	Siblings    [][32]byte
}

// SlotProof is an auto generated low-level Go binding around an user-defined struct.
type SlotProof struct {
	Root     [32]byte
	Siblings [][32]byte
}

// SlotWitness is an auto generated low-level Go binding around an user-defined struct.
type SlotWitness struct {
	Dtype    uint8
	Rank     uint8
	Dims     [4]uint32
	DataRoot [32]byte
	Siblings [][32]byte
}

// ComputeCreditMetaData contains all meta data concerning the ComputeCredit contract.
var ComputeCreditMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadChunkCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"BadChunkWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConcat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescendants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadDissectionLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadMyProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOpProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadOperandType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutSlotWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPerm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequantParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadSiblings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSliceStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"BadSlotProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadSlotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"BadSteps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTheirProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CannotPost\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChunkMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimMatchesFinalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"secondsLeft\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DissectionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"openGames\",\"type\":\"uint256\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafBeyondTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafWithinTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"xLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yLen\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputRootMatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputTypeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProgramRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsAgree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StepCountMatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"UnbondingNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opcode\",\"type\":\"uint8\"}],\"name\":\"UnknownOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"UnknownResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValuesAgree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "46e944be5d0b1aaca2456a3e2e33e11a25",
	Bin: "0x608060405234801561000f575f5ffd5b50336040518060400160405280601381526020017f4372757820436f6d70757465204372656469740000000000000000000000000081525060405180604001604052806004815260200163086a4aab60e31b815250816003908161007391906101b3565b50600461008082826101b3565b5050506001600160a01b0381166100b057604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100b9816100bf565b50610271565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061013857607f821691505b60208210810361015657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101ae57828211156101ae57805f5260205f20601f840160051c602085101561018757505f5b90810190601f840160051c035f5b818110156101aa575f83820155600101610195565b5050505b505050565b81516001600160401b038111156101cc576101cc610110565b6101e0816101da8454610124565b8461015c565b6020601f821160018114610212575f83156101fb5750848201515b5f19600385901b1c1916600184901b17845561026a565b5f84815260208120601f198516915b828110156102415787850151825560209485019460019092019101610221565b508482101561025e57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610ba18061027e5f395ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806370a082311161008857806395d89b411161006357806395d89b41146101eb578063a9059cbb146101f3578063dd62ed3e14610206578063f2fde38b1461024b575f5ffd5b806370a0823114610186578063715018a6146101bb5780638da5cb5b146101c3575f5ffd5b806323b872dd116100c357806323b872dd1461013c578063313ce5671461014f57806340c10f191461015e57806342966c6814610173575f5ffd5b806306fdde03146100e9578063095ea7b31461010757806318160ddd1461012a575b5f5ffd5b6100f161025e565b6040516100fe91906109d3565b60405180910390f35b61011a610115366004610a4e565b6102ee565b60405190151581526020016100fe565b6002545b6040519081526020016100fe565b61011a61014a366004610a76565b610307565b604051601281526020016100fe565b61017161016c366004610a4e565b61032a565b005b610171610181366004610ab0565b610340565b61012e610194366004610ac7565b73ffffffffffffffffffffffffffffffffffffffff165f9081526020819052604090205490565b61017161034d565b60055460405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100fe565b6100f1610360565b61011a610201366004610a4e565b61036f565b61012e610214366004610ae7565b73ffffffffffffffffffffffffffffffffffffffff9182165f90815260016020908152604080832093909416825291909152205490565b610171610259366004610ac7565b61037c565b60606003805461026d90610b18565b80601f016020809104026020016040519081016040528092919081815260200182805461029990610b18565b80156102e45780601f106102bb576101008083540402835291602001916102e4565b820191905f5260205f20905b8154815290600101906020018083116102c757829003601f168201915b5050505050905090565b5f336102fb8185856103e1565b60019150505b92915050565b5f336103148582856103f3565b61031f8585856104c1565b506001949350505050565b61033261056a565b61033c82826105bd565b5050565b61034a3382610617565b50565b61035561056a565b61035e5f610671565b565b60606004805461026d90610b18565b5f336102fb8185856104c1565b61038461056a565b73ffffffffffffffffffffffffffffffffffffffff81166103d8576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024015b60405180910390fd5b61034a81610671565b6103ee83838360016106e7565b505050565b73ffffffffffffffffffffffffffffffffffffffff8381165f908152600160209081526040808320938616835292905220547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8110156104bb57818110156104ad576040517ffb8f41b200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8416600482015260248101829052604481018390526064016103cf565b6104bb84848484035f6106e7565b50505050565b73ffffffffffffffffffffffffffffffffffffffff8316610510576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103cf565b73ffffffffffffffffffffffffffffffffffffffff821661055f576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103cf565b6103ee83838361082c565b60055473ffffffffffffffffffffffffffffffffffffffff16331461035e576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016103cf565b73ffffffffffffffffffffffffffffffffffffffff821661060c576040517fec442f050000000000000000000000000000000000000000000000000000000081525f60048201526024016103cf565b61033c5f838361082c565b73ffffffffffffffffffffffffffffffffffffffff8216610666576040517f96c6fd1e0000000000000000000000000000000000000000000000000000000081525f60048201526024016103cf565b61033c825f8361082c565b6005805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b73ffffffffffffffffffffffffffffffffffffffff8416610736576040517fe602df050000000000000000000000000000000000000000000000000000000081525f60048201526024016103cf565b73ffffffffffffffffffffffffffffffffffffffff8316610785576040517f94280d620000000000000000000000000000000000000000000000000000000081525f60048201526024016103cf565b73ffffffffffffffffffffffffffffffffffffffff8085165f90815260016020908152604080832093871683529290522082905580156104bb578273ffffffffffffffffffffffffffffffffffffffff168473ffffffffffffffffffffffffffffffffffffffff167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161081e91815260200190565b60405180910390a350505050565b73ffffffffffffffffffffffffffffffffffffffff8316610863578060025f8282546108589190610b69565b909155506109139050565b73ffffffffffffffffffffffffffffffffffffffff83165f90815260208190526040902054818110156108e8576040517fe450d38c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8516600482015260248101829052604481018390526064016103cf565b73ffffffffffffffffffffffffffffffffffffffff84165f9081526020819052604090209082900390555b73ffffffffffffffffffffffffffffffffffffffff821661093c57600280548290039055610967565b73ffffffffffffffffffffffffffffffffffffffff82165f9081526020819052604090208054820190555b8173ffffffffffffffffffffffffffffffffffffffff168373ffffffffffffffffffffffffffffffffffffffff167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516109c691815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f6040828501015260407fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011684010191505092915050565b803573ffffffffffffffffffffffffffffffffffffffff81168114610a49575f5ffd5b919050565b5f5f60408385031215610a5f575f5ffd5b610a6883610a26565b946020939093013593505050565b5f5f5f60608486031215610a88575f5ffd5b610a9184610a26565b9250610a9f60208501610a26565b929592945050506040919091013590565b5f60208284031215610ac0575f5ffd5b5035919050565b5f60208284031215610ad7575f5ffd5b610ae082610a26565b9392505050565b5f5f60408385031215610af8575f5ffd5b610b0183610a26565b9150610b0f60208401610a26565b90509250929050565b600181811c90821680610b2c57607f821691505b602082108103610b63577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b80820180821115610301577f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd",
}

// ComputeCredit is an auto generated Go binding around an Ethereum contract.
type ComputeCredit struct {
	abi abi.ABI
}

// NewComputeCredit creates a new instance of ComputeCredit.
func NewComputeCredit() *ComputeCredit {
	parsed, err := ComputeCreditMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ComputeCredit{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ComputeCredit) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (computeCredit *ComputeCredit) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := computeCredit.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (computeCredit *ComputeCredit) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return computeCredit.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (computeCredit *ComputeCredit) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := computeCredit.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := computeCredit.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return computeCredit.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) UnpackApprove(data []byte) (bool, error) {
	out, err := computeCredit.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (computeCredit *ComputeCredit) PackBalanceOf(account common.Address) []byte {
	enc, err := computeCredit.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (computeCredit *ComputeCredit) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return computeCredit.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (computeCredit *ComputeCredit) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := computeCredit.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 amount) returns()
func (computeCredit *ComputeCredit) PackBurn(amount *big.Int) []byte {
	enc, err := computeCredit.abi.Pack("burn", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 amount) returns()
func (computeCredit *ComputeCredit) TryPackBurn(amount *big.Int) ([]byte, error) {
	return computeCredit.abi.Pack("burn", amount)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (computeCredit *ComputeCredit) PackDecimals() []byte {
	enc, err := computeCredit.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (computeCredit *ComputeCredit) TryPackDecimals() ([]byte, error) {
	return computeCredit.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (computeCredit *ComputeCredit) UnpackDecimals(data []byte) (uint8, error) {
	out, err := computeCredit.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (computeCredit *ComputeCredit) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := computeCredit.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (computeCredit *ComputeCredit) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return computeCredit.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (computeCredit *ComputeCredit) PackName() []byte {
	enc, err := computeCredit.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (computeCredit *ComputeCredit) TryPackName() ([]byte, error) {
	return computeCredit.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (computeCredit *ComputeCredit) UnpackName(data []byte) (string, error) {
	out, err := computeCredit.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (computeCredit *ComputeCredit) PackOwner() []byte {
	enc, err := computeCredit.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (computeCredit *ComputeCredit) TryPackOwner() ([]byte, error) {
	return computeCredit.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (computeCredit *ComputeCredit) UnpackOwner(data []byte) (common.Address, error) {
	out, err := computeCredit.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (computeCredit *ComputeCredit) PackRenounceOwnership() []byte {
	enc, err := computeCredit.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (computeCredit *ComputeCredit) TryPackRenounceOwnership() ([]byte, error) {
	return computeCredit.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (computeCredit *ComputeCredit) PackSymbol() []byte {
	enc, err := computeCredit.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (computeCredit *ComputeCredit) TryPackSymbol() ([]byte, error) {
	return computeCredit.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (computeCredit *ComputeCredit) UnpackSymbol(data []byte) (string, error) {
	out, err := computeCredit.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (computeCredit *ComputeCredit) PackTotalSupply() []byte {
	enc, err := computeCredit.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (computeCredit *ComputeCredit) TryPackTotalSupply() ([]byte, error) {
	return computeCredit.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (computeCredit *ComputeCredit) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := computeCredit.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := computeCredit.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return computeCredit.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) UnpackTransfer(data []byte) (bool, error) {
	out, err := computeCredit.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := computeCredit.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return computeCredit.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (computeCredit *ComputeCredit) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := computeCredit.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (computeCredit *ComputeCredit) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := computeCredit.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (computeCredit *ComputeCredit) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return computeCredit.abi.Pack("transferOwnership", newOwner)
}

// ComputeCreditApproval represents a Approval event raised by the ComputeCredit contract.
type ComputeCreditApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ComputeCreditApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ComputeCreditApproval) ContractEventName() string {
	return ComputeCreditApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (computeCredit *ComputeCredit) UnpackApprovalEvent(log *types.Log) (*ComputeCreditApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 || log.Topics[0] != computeCredit.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ComputeCreditApproval)
	if len(log.Data) > 0 {
		if err := computeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeCreditOwnershipTransferred represents a OwnershipTransferred event raised by the ComputeCredit contract.
type ComputeCreditOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ComputeCreditOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ComputeCreditOwnershipTransferred) ContractEventName() string {
	return ComputeCreditOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (computeCredit *ComputeCredit) UnpackOwnershipTransferredEvent(log *types.Log) (*ComputeCreditOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != computeCredit.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ComputeCreditOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := computeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ComputeCreditTransfer represents a Transfer event raised by the ComputeCredit contract.
type ComputeCreditTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const ComputeCreditTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ComputeCreditTransfer) ContractEventName() string {
	return ComputeCreditTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (computeCredit *ComputeCredit) UnpackTransferEvent(log *types.Log) (*ComputeCreditTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 || log.Topics[0] != computeCredit.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ComputeCreditTransfer)
	if len(log.Data) > 0 {
		if err := computeCredit.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range computeCredit.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (computeCredit *ComputeCredit) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadChunkCount"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadChunkCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadChunkWitness"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadChunkWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadConcat"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadConcatError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadDType"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadDTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadDescendants"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadDescendantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadDissectionLength"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadDissectionLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadHeader"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadMyProof"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadMyProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadOpProof"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadOpProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadOperandType"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadOperandTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadOutSlotWitness"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadOutSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadOutputType"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadOutputTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadOutputs"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadOutputsError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadPerm"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadPermError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadRequantParams"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadRequantParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadShape"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadSiblings"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadSiblingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadSliceStart"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadSliceStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadSlotProof"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadSlotProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadSlotWitness"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadSteps"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["BadTheirProof"].ID.Bytes()[:4]) {
		return computeCredit.UnpackBadTheirProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["CannotPost"].ID.Bytes()[:4]) {
		return computeCredit.UnpackCannotPostError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ChunkMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackChunkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ClaimMatchesFinalState"].ID.Bytes()[:4]) {
		return computeCredit.UnpackClaimMatchesFinalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return computeCredit.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return computeCredit.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["DisputeGameAlreadySet"].ID.Bytes()[:4]) {
		return computeCredit.UnpackDisputeGameAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["DisputeGameNotSet"].ID.Bytes()[:4]) {
		return computeCredit.UnpackDisputeGameNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["DissectionMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackDissectionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return computeCredit.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return computeCredit.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return computeCredit.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return computeCredit.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return computeCredit.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return computeCredit.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["EmptyRow"].ID.Bytes()[:4]) {
		return computeCredit.UnpackEmptyRowError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return computeCredit.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return computeCredit.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["LeafBeyondTensor"].ID.Bytes()[:4]) {
		return computeCredit.UnpackLeafBeyondTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["LeafWithinTensor"].ID.Bytes()[:4]) {
		return computeCredit.UnpackLeafWithinTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NonCanonicalOp"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNonCanonicalOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NotUnbonding"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNotUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return computeCredit.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["OutputRootMatches"].ID.Bytes()[:4]) {
		return computeCredit.UnpackOutputRootMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["OutputTypeMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackOutputTypeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return computeCredit.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return computeCredit.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ProgramRootMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackProgramRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ProviderUnbonding"].ID.Bytes()[:4]) {
		return computeCredit.UnpackProviderUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["RecordMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["RootsAgree"].ID.Bytes()[:4]) {
		return computeCredit.UnpackRootsAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return computeCredit.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["StepCountMatches"].ID.Bytes()[:4]) {
		return computeCredit.UnpackStepCountMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return computeCredit.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return computeCredit.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return computeCredit.UnpackUnbondingDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["UnbondingNotElapsed"].ID.Bytes()[:4]) {
		return computeCredit.UnpackUnbondingNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return computeCredit.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return computeCredit.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["UnknownOpcode"].ID.Bytes()[:4]) {
		return computeCredit.UnpackUnknownOpcodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["UnknownResult"].ID.Bytes()[:4]) {
		return computeCredit.UnpackUnknownResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ValuesAgree"].ID.Bytes()[:4]) {
		return computeCredit.UnpackValuesAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return computeCredit.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return computeCredit.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return computeCredit.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["WrongInputCount"].ID.Bytes()[:4]) {
		return computeCredit.UnpackWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return computeCredit.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return computeCredit.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], computeCredit.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return computeCredit.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ComputeCreditBadChunkCount represents a BadChunkCount error raised by the ComputeCredit contract.
type ComputeCreditBadChunkCount struct {
	Operand *big.Int
	Want    *big.Int
	Got     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func ComputeCreditBadChunkCountErrorID() common.Hash {
	return common.HexToHash("0x90ca1396e8087c2796c999f7212bbb7f15dea83f089e2351980ded77d8a9fbfd")
}

// UnpackBadChunkCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func (computeCredit *ComputeCredit) UnpackBadChunkCountError(raw []byte) (*ComputeCreditBadChunkCount, error) {
	out := new(ComputeCreditBadChunkCount)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadChunkCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadChunkWitness represents a BadChunkWitness error raised by the ComputeCredit contract.
type ComputeCreditBadChunkWitness struct {
	Operand  *big.Int
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func ComputeCreditBadChunkWitnessErrorID() common.Hash {
	return common.HexToHash("0x41acd20f79278986bbe679aa457372f86255a616daee1eb1ac149d95c25c6d17")
}

// UnpackBadChunkWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func (computeCredit *ComputeCredit) UnpackBadChunkWitnessError(raw []byte) (*ComputeCreditBadChunkWitness, error) {
	out := new(ComputeCreditBadChunkWitness)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadChunkWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadConcat represents a BadConcat error raised by the ComputeCredit contract.
type ComputeCreditBadConcat struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConcat()
func ComputeCreditBadConcatErrorID() common.Hash {
	return common.HexToHash("0x65c88c69502cfd8974eaaa727ec1f73ecd628eee6210552833c3ad3c43d930ec")
}

// UnpackBadConcatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConcat()
func (computeCredit *ComputeCredit) UnpackBadConcatError(raw []byte) (*ComputeCreditBadConcat, error) {
	out := new(ComputeCreditBadConcat)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadConcat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadDType represents a BadDType error raised by the ComputeCredit contract.
type ComputeCreditBadDType struct {
	Dtype uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDType(uint8 dtype)
func ComputeCreditBadDTypeErrorID() common.Hash {
	return common.HexToHash("0x474af581c9f4508db6e894760e299b2238a7fd4f0ae92c14e53bc1876ea7e4cf")
}

// UnpackBadDTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDType(uint8 dtype)
func (computeCredit *ComputeCredit) UnpackBadDTypeError(raw []byte) (*ComputeCreditBadDType, error) {
	out := new(ComputeCreditBadDType)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadDType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadDescendants represents a BadDescendants error raised by the ComputeCredit contract.
type ComputeCreditBadDescendants struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDescendants()
func ComputeCreditBadDescendantsErrorID() common.Hash {
	return common.HexToHash("0x949bbe773327e26c4e8fd26e856b48b731cde056dd60f597daec55d20c33e2de")
}

// UnpackBadDescendantsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDescendants()
func (computeCredit *ComputeCredit) UnpackBadDescendantsError(raw []byte) (*ComputeCreditBadDescendants, error) {
	out := new(ComputeCreditBadDescendants)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadDescendants", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadDissectionLength represents a BadDissectionLength error raised by the ComputeCredit contract.
type ComputeCreditBadDissectionLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func ComputeCreditBadDissectionLengthErrorID() common.Hash {
	return common.HexToHash("0x4182afc3c35e6411b817690690fff384193b0de9d97d9c21f4b7693c2c010dde")
}

// UnpackBadDissectionLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func (computeCredit *ComputeCredit) UnpackBadDissectionLengthError(raw []byte) (*ComputeCreditBadDissectionLength, error) {
	out := new(ComputeCreditBadDissectionLength)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadDissectionLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadHeader represents a BadHeader error raised by the ComputeCredit contract.
type ComputeCreditBadHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHeader()
func ComputeCreditBadHeaderErrorID() common.Hash {
	return common.HexToHash("0x451b7cffd5afdd96a51fe8544f5ec6ffb29228bad9c3d25b5d9e4bcb05191f5c")
}

// UnpackBadHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHeader()
func (computeCredit *ComputeCredit) UnpackBadHeaderError(raw []byte) (*ComputeCreditBadHeader, error) {
	out := new(ComputeCreditBadHeader)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadIndex represents a BadIndex error raised by the ComputeCredit contract.
type ComputeCreditBadIndex struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func ComputeCreditBadIndexErrorID() common.Hash {
	return common.HexToHash("0x8c69f30ce613cf00078ce65567d04f6ba6644d72f86972d0dcec9a39d9b2661d")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func (computeCredit *ComputeCredit) UnpackBadIndexError(raw []byte) (*ComputeCreditBadIndex, error) {
	out := new(ComputeCreditBadIndex)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadLength represents a BadLength error raised by the ComputeCredit contract.
type ComputeCreditBadLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func ComputeCreditBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func (computeCredit *ComputeCredit) UnpackBadLengthError(raw []byte) (*ComputeCreditBadLength, error) {
	out := new(ComputeCreditBadLength)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadMyProof represents a BadMyProof error raised by the ComputeCredit contract.
type ComputeCreditBadMyProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMyProof()
func ComputeCreditBadMyProofErrorID() common.Hash {
	return common.HexToHash("0xf62f086af5d8650c1c0ab6f288cdd288b0bc8834d2822169944799b1cfe8fe3d")
}

// UnpackBadMyProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMyProof()
func (computeCredit *ComputeCredit) UnpackBadMyProofError(raw []byte) (*ComputeCreditBadMyProof, error) {
	out := new(ComputeCreditBadMyProof)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadMyProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadOpProof represents a BadOpProof error raised by the ComputeCredit contract.
type ComputeCreditBadOpProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpProof()
func ComputeCreditBadOpProofErrorID() common.Hash {
	return common.HexToHash("0xa44ae1248d24ac72d1b0ed1547ce2d02bcbe57925af3a8096031b97edc802fd9")
}

// UnpackBadOpProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpProof()
func (computeCredit *ComputeCredit) UnpackBadOpProofError(raw []byte) (*ComputeCreditBadOpProof, error) {
	out := new(ComputeCreditBadOpProof)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadOpProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadOperandType represents a BadOperandType error raised by the ComputeCredit contract.
type ComputeCreditBadOperandType struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOperandType(uint256 operand)
func ComputeCreditBadOperandTypeErrorID() common.Hash {
	return common.HexToHash("0x8c202a4c79d879cfd756b3f9f81dc2da46ceefd4da60f678475fc28df603801b")
}

// UnpackBadOperandTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOperandType(uint256 operand)
func (computeCredit *ComputeCredit) UnpackBadOperandTypeError(raw []byte) (*ComputeCreditBadOperandType, error) {
	out := new(ComputeCreditBadOperandType)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadOperandType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadOutSlotWitness represents a BadOutSlotWitness error raised by the ComputeCredit contract.
type ComputeCreditBadOutSlotWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutSlotWitness()
func ComputeCreditBadOutSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x610b1c19dabfa2373c42219c4a07a2f71e4bd41d04402832d9ba1ddb58ee582f")
}

// UnpackBadOutSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutSlotWitness()
func (computeCredit *ComputeCredit) UnpackBadOutSlotWitnessError(raw []byte) (*ComputeCreditBadOutSlotWitness, error) {
	out := new(ComputeCreditBadOutSlotWitness)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadOutSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadOutputType represents a BadOutputType error raised by the ComputeCredit contract.
type ComputeCreditBadOutputType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputType()
func ComputeCreditBadOutputTypeErrorID() common.Hash {
	return common.HexToHash("0x9af93d8d2a9a50f1121ef86631b556f7f3a3ed236ce8c70db2b3d270f62272bd")
}

// UnpackBadOutputTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputType()
func (computeCredit *ComputeCredit) UnpackBadOutputTypeError(raw []byte) (*ComputeCreditBadOutputType, error) {
	out := new(ComputeCreditBadOutputType)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadOutputType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadOutputs represents a BadOutputs error raised by the ComputeCredit contract.
type ComputeCreditBadOutputs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputs()
func ComputeCreditBadOutputsErrorID() common.Hash {
	return common.HexToHash("0xb0e458baf2457c37b92f185a8090e699aa1fcb06cfb7531c6094548f98a6d336")
}

// UnpackBadOutputsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputs()
func (computeCredit *ComputeCredit) UnpackBadOutputsError(raw []byte) (*ComputeCreditBadOutputs, error) {
	out := new(ComputeCreditBadOutputs)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadOutputs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadParameter represents a BadParameter error raised by the ComputeCredit contract.
type ComputeCreditBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func ComputeCreditBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (computeCredit *ComputeCredit) UnpackBadParameterError(raw []byte) (*ComputeCreditBadParameter, error) {
	out := new(ComputeCreditBadParameter)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadPerm represents a BadPerm error raised by the ComputeCredit contract.
type ComputeCreditBadPerm struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPerm()
func ComputeCreditBadPermErrorID() common.Hash {
	return common.HexToHash("0x39083d1ae8938531d36fe63bfb2122cb2a7daf468f3607802008d71d5ccc0f0f")
}

// UnpackBadPermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPerm()
func (computeCredit *ComputeCredit) UnpackBadPermError(raw []byte) (*ComputeCreditBadPerm, error) {
	out := new(ComputeCreditBadPerm)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadPerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadRequantParams represents a BadRequantParams error raised by the ComputeCredit contract.
type ComputeCreditBadRequantParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequantParams()
func ComputeCreditBadRequantParamsErrorID() common.Hash {
	return common.HexToHash("0x8b8d32d339c2be40d08ac9ffe295f086adc1a41bc5d7d67dda6e6f8d85b58152")
}

// UnpackBadRequantParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequantParams()
func (computeCredit *ComputeCredit) UnpackBadRequantParamsError(raw []byte) (*ComputeCreditBadRequantParams, error) {
	out := new(ComputeCreditBadRequantParams)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadRequantParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadShape represents a BadShape error raised by the ComputeCredit contract.
type ComputeCreditBadShape struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShape()
func ComputeCreditBadShapeErrorID() common.Hash {
	return common.HexToHash("0xa9b0b665c066a999c509260ff6cd126c2955aa72a3118849c60570a20fe63bd7")
}

// UnpackBadShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShape()
func (computeCredit *ComputeCredit) UnpackBadShapeError(raw []byte) (*ComputeCreditBadShape, error) {
	out := new(ComputeCreditBadShape)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadSiblings represents a BadSiblings error raised by the ComputeCredit contract.
type ComputeCreditBadSiblings struct {
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSiblings(uint256 want)
func ComputeCreditBadSiblingsErrorID() common.Hash {
	return common.HexToHash("0x077bac6ae92853533860828207623dfeef2e005cbf8799420baf981cd1eb2206")
}

// UnpackBadSiblingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSiblings(uint256 want)
func (computeCredit *ComputeCredit) UnpackBadSiblingsError(raw []byte) (*ComputeCreditBadSiblings, error) {
	out := new(ComputeCreditBadSiblings)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadSiblings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadSliceStart represents a BadSliceStart error raised by the ComputeCredit contract.
type ComputeCreditBadSliceStart struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSliceStart()
func ComputeCreditBadSliceStartErrorID() common.Hash {
	return common.HexToHash("0x5ebf6b57f08a4180036c0d8cf093276c7b3109727cb5861003ab9de55f003127")
}

// UnpackBadSliceStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSliceStart()
func (computeCredit *ComputeCredit) UnpackBadSliceStartError(raw []byte) (*ComputeCreditBadSliceStart, error) {
	out := new(ComputeCreditBadSliceStart)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadSliceStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadSlotProof represents a BadSlotProof error raised by the ComputeCredit contract.
type ComputeCreditBadSlotProof struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotProof(uint256 k)
func ComputeCreditBadSlotProofErrorID() common.Hash {
	return common.HexToHash("0x41ecd08cd4f346d1f9df7f0efd0f0f2f0450e0ce0c5607b95e89522f312df53e")
}

// UnpackBadSlotProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotProof(uint256 k)
func (computeCredit *ComputeCredit) UnpackBadSlotProofError(raw []byte) (*ComputeCreditBadSlotProof, error) {
	out := new(ComputeCreditBadSlotProof)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadSlotProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadSlotWitness represents a BadSlotWitness error raised by the ComputeCredit contract.
type ComputeCreditBadSlotWitness struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotWitness(uint256 operand)
func ComputeCreditBadSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x75712bd260879d97a64518398dead5c5a593ce1fdd06edd72a0b6deb64e0a661")
}

// UnpackBadSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotWitness(uint256 operand)
func (computeCredit *ComputeCredit) UnpackBadSlotWitnessError(raw []byte) (*ComputeCreditBadSlotWitness, error) {
	out := new(ComputeCreditBadSlotWitness)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadSteps represents a BadSteps error raised by the ComputeCredit contract.
type ComputeCreditBadSteps struct {
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSteps(uint64 steps)
func ComputeCreditBadStepsErrorID() common.Hash {
	return common.HexToHash("0xc0c8e000524f023e1801e669c48c02c98267642aa736aaffe3ed00b77f60b2cb")
}

// UnpackBadStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSteps(uint64 steps)
func (computeCredit *ComputeCredit) UnpackBadStepsError(raw []byte) (*ComputeCreditBadSteps, error) {
	out := new(ComputeCreditBadSteps)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditBadTheirProof represents a BadTheirProof error raised by the ComputeCredit contract.
type ComputeCreditBadTheirProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTheirProof()
func ComputeCreditBadTheirProofErrorID() common.Hash {
	return common.HexToHash("0x971a9d5501f598cc0a922116ab005f2c0be9d534b2a92cb69af6c66b13c8ea1c")
}

// UnpackBadTheirProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTheirProof()
func (computeCredit *ComputeCredit) UnpackBadTheirProofError(raw []byte) (*ComputeCreditBadTheirProof, error) {
	out := new(ComputeCreditBadTheirProof)
	if err := computeCredit.abi.UnpackIntoInterface(out, "BadTheirProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditCannotPost represents a CannotPost error raised by the ComputeCredit contract.
type ComputeCreditCannotPost struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotPost(address account)
func ComputeCreditCannotPostErrorID() common.Hash {
	return common.HexToHash("0x93db927a3697f925f9d364b3e7964dbb908b156efbc53ac928c388eda5bf9ef5")
}

// UnpackCannotPostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotPost(address account)
func (computeCredit *ComputeCredit) UnpackCannotPostError(raw []byte) (*ComputeCreditCannotPost, error) {
	out := new(ComputeCreditCannotPost)
	if err := computeCredit.abi.UnpackIntoInterface(out, "CannotPost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditChunkMismatch represents a ChunkMismatch error raised by the ComputeCredit contract.
type ComputeCreditChunkMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkMismatch()
func ComputeCreditChunkMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d8a57957583db546cd0da1376e9c824d926cac283da37f8b852ef2d4c72c827")
}

// UnpackChunkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkMismatch()
func (computeCredit *ComputeCredit) UnpackChunkMismatchError(raw []byte) (*ComputeCreditChunkMismatch, error) {
	out := new(ComputeCreditChunkMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ChunkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditClaimMatchesFinalState represents a ClaimMatchesFinalState error raised by the ComputeCredit contract.
type ComputeCreditClaimMatchesFinalState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMatchesFinalState()
func ComputeCreditClaimMatchesFinalStateErrorID() common.Hash {
	return common.HexToHash("0x6b2b76455aedc53789e4f8b4bddc22a3b00d0165e665df4b53c1db0094ee123c")
}

// UnpackClaimMatchesFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMatchesFinalState()
func (computeCredit *ComputeCredit) UnpackClaimMatchesFinalStateError(raw []byte) (*ComputeCreditClaimMatchesFinalState, error) {
	out := new(ComputeCreditClaimMatchesFinalState)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ClaimMatchesFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditClockExpired represents a ClockExpired error raised by the ComputeCredit contract.
type ComputeCreditClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func ComputeCreditClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (computeCredit *ComputeCredit) UnpackClockExpiredError(raw []byte) (*ComputeCreditClockExpired, error) {
	out := new(ComputeCreditClockExpired)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditClockRunning represents a ClockRunning error raised by the ComputeCredit contract.
type ComputeCreditClockRunning struct {
	GameId      *big.Int
	SecondsLeft *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func ComputeCreditClockRunningErrorID() common.Hash {
	return common.HexToHash("0x19cd57f890326c671dd10f1829b78eb2f8128f2e3e14b04b20aa64368b18d6ba")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func (computeCredit *ComputeCredit) UnpackClockRunningError(raw []byte) (*ComputeCreditClockRunning, error) {
	out := new(ComputeCreditClockRunning)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditDisputeGameAlreadySet represents a DisputeGameAlreadySet error raised by the ComputeCredit contract.
type ComputeCreditDisputeGameAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameAlreadySet()
func ComputeCreditDisputeGameAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xb7c39afb8c0691a5266ec774d38b5c31a670d0e91323777cdbbe4a087ce9d6dc")
}

// UnpackDisputeGameAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameAlreadySet()
func (computeCredit *ComputeCredit) UnpackDisputeGameAlreadySetError(raw []byte) (*ComputeCreditDisputeGameAlreadySet, error) {
	out := new(ComputeCreditDisputeGameAlreadySet)
	if err := computeCredit.abi.UnpackIntoInterface(out, "DisputeGameAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditDisputeGameNotSet represents a DisputeGameNotSet error raised by the ComputeCredit contract.
type ComputeCreditDisputeGameNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameNotSet()
func ComputeCreditDisputeGameNotSetErrorID() common.Hash {
	return common.HexToHash("0x1fadc21ebf4c4f5e8e1c3b3f4bef7196ef30db58f4bb99bcef7c124bb2aad6ea")
}

// UnpackDisputeGameNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameNotSet()
func (computeCredit *ComputeCredit) UnpackDisputeGameNotSetError(raw []byte) (*ComputeCreditDisputeGameNotSet, error) {
	out := new(ComputeCreditDisputeGameNotSet)
	if err := computeCredit.abi.UnpackIntoInterface(out, "DisputeGameNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditDissectionMismatch represents a DissectionMismatch error raised by the ComputeCredit contract.
type ComputeCreditDissectionMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DissectionMismatch()
func ComputeCreditDissectionMismatchErrorID() common.Hash {
	return common.HexToHash("0xef203ff3eff70b4a1d2f74ec675a72c47af2c28eef99b13d44aa3cba011bebc1")
}

// UnpackDissectionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DissectionMismatch()
func (computeCredit *ComputeCredit) UnpackDissectionMismatchError(raw []byte) (*ComputeCreditDissectionMismatch, error) {
	out := new(ComputeCreditDissectionMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "DissectionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the ComputeCredit contract.
type ComputeCreditERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func ComputeCreditERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (computeCredit *ComputeCredit) UnpackERC20InsufficientAllowanceError(raw []byte) (*ComputeCreditERC20InsufficientAllowance, error) {
	out := new(ComputeCreditERC20InsufficientAllowance)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the ComputeCredit contract.
type ComputeCreditERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func ComputeCreditERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (computeCredit *ComputeCredit) UnpackERC20InsufficientBalanceError(raw []byte) (*ComputeCreditERC20InsufficientBalance, error) {
	out := new(ComputeCreditERC20InsufficientBalance)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditERC20InvalidApprover represents a ERC20InvalidApprover error raised by the ComputeCredit contract.
type ComputeCreditERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func ComputeCreditERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (computeCredit *ComputeCredit) UnpackERC20InvalidApproverError(raw []byte) (*ComputeCreditERC20InvalidApprover, error) {
	out := new(ComputeCreditERC20InvalidApprover)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the ComputeCredit contract.
type ComputeCreditERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func ComputeCreditERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (computeCredit *ComputeCredit) UnpackERC20InvalidReceiverError(raw []byte) (*ComputeCreditERC20InvalidReceiver, error) {
	out := new(ComputeCreditERC20InvalidReceiver)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditERC20InvalidSender represents a ERC20InvalidSender error raised by the ComputeCredit contract.
type ComputeCreditERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func ComputeCreditERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (computeCredit *ComputeCredit) UnpackERC20InvalidSenderError(raw []byte) (*ComputeCreditERC20InvalidSender, error) {
	out := new(ComputeCreditERC20InvalidSender)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditERC20InvalidSpender represents a ERC20InvalidSpender error raised by the ComputeCredit contract.
type ComputeCreditERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func ComputeCreditERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (computeCredit *ComputeCredit) UnpackERC20InvalidSpenderError(raw []byte) (*ComputeCreditERC20InvalidSpender, error) {
	out := new(ComputeCreditERC20InvalidSpender)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditEmptyRow represents a EmptyRow error raised by the ComputeCredit contract.
type ComputeCreditEmptyRow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRow()
func ComputeCreditEmptyRowErrorID() common.Hash {
	return common.HexToHash("0x42f063fabbd7b6f59fa5f71873cf8890164d6b73d4abbfc7de7bf0d569170eda")
}

// UnpackEmptyRowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRow()
func (computeCredit *ComputeCredit) UnpackEmptyRowError(raw []byte) (*ComputeCreditEmptyRow, error) {
	out := new(ComputeCreditEmptyRow)
	if err := computeCredit.abi.UnpackIntoInterface(out, "EmptyRow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditGamesOpen represents a GamesOpen error raised by the ComputeCredit contract.
type ComputeCreditGamesOpen struct {
	ResultId  *big.Int
	OpenGames *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func ComputeCreditGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x6ee5d4edde7c7effe3cb9c78c0c7763e7cd6d1c2da1557803d6d09fbdabab610")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func (computeCredit *ComputeCredit) UnpackGamesOpenError(raw []byte) (*ComputeCreditGamesOpen, error) {
	out := new(ComputeCreditGamesOpen)
	if err := computeCredit.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditIndexOutOfRange represents a IndexOutOfRange error raised by the ComputeCredit contract.
type ComputeCreditIndexOutOfRange struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func ComputeCreditIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func (computeCredit *ComputeCredit) UnpackIndexOutOfRangeError(raw []byte) (*ComputeCreditIndexOutOfRange, error) {
	out := new(ComputeCreditIndexOutOfRange)
	if err := computeCredit.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditLeafBeyondTensor represents a LeafBeyondTensor error raised by the ComputeCredit contract.
type ComputeCreditLeafBeyondTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func ComputeCreditLeafBeyondTensorErrorID() common.Hash {
	return common.HexToHash("0xb984ad1fb53b4ede9a613b2b4ff6835e8df3e0f3c144bbd01707d867fcf9f36b")
}

// UnpackLeafBeyondTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func (computeCredit *ComputeCredit) UnpackLeafBeyondTensorError(raw []byte) (*ComputeCreditLeafBeyondTensor, error) {
	out := new(ComputeCreditLeafBeyondTensor)
	if err := computeCredit.abi.UnpackIntoInterface(out, "LeafBeyondTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditLeafWithinTensor represents a LeafWithinTensor error raised by the ComputeCredit contract.
type ComputeCreditLeafWithinTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func ComputeCreditLeafWithinTensorErrorID() common.Hash {
	return common.HexToHash("0x1b394532cef70fe8e2ec4606addde6abda532a45b6b0263c1dfde0f6586a9f42")
}

// UnpackLeafWithinTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func (computeCredit *ComputeCredit) UnpackLeafWithinTensorError(raw []byte) (*ComputeCreditLeafWithinTensor, error) {
	out := new(ComputeCreditLeafWithinTensor)
	if err := computeCredit.abi.UnpackIntoInterface(out, "LeafWithinTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditLengthMismatch represents a LengthMismatch error raised by the ComputeCredit contract.
type ComputeCreditLengthMismatch struct {
	XLen *big.Int
	YLen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func ComputeCreditLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func (computeCredit *ComputeCredit) UnpackLengthMismatchError(raw []byte) (*ComputeCreditLengthMismatch, error) {
	out := new(ComputeCreditLengthMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNoStake represents a NoStake error raised by the ComputeCredit contract.
type ComputeCreditNoStake struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake(address provider)
func ComputeCreditNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1130b1ce18cb10fbd4d6f64d9f418607abff316a696a3f52066db33473248660")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake(address provider)
func (computeCredit *ComputeCredit) UnpackNoStakeError(raw []byte) (*ComputeCreditNoStake, error) {
	out := new(ComputeCreditNoStake)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNonCanonicalOp represents a NonCanonicalOp error raised by the ComputeCredit contract.
type ComputeCreditNonCanonicalOp struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalOp()
func ComputeCreditNonCanonicalOpErrorID() common.Hash {
	return common.HexToHash("0x973f39f40c7758f7c49cf2c9608889c3b2bdb95d33aaa7750f2536d7d5d9a305")
}

// UnpackNonCanonicalOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalOp()
func (computeCredit *ComputeCredit) UnpackNonCanonicalOpError(raw []byte) (*ComputeCreditNonCanonicalOp, error) {
	out := new(ComputeCreditNonCanonicalOp)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NonCanonicalOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNotDisputeGame represents a NotDisputeGame error raised by the ComputeCredit contract.
type ComputeCreditNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func ComputeCreditNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (computeCredit *ComputeCredit) UnpackNotDisputeGameError(raw []byte) (*ComputeCreditNotDisputeGame, error) {
	out := new(ComputeCreditNotDisputeGame)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNotPending represents a NotPending error raised by the ComputeCredit contract.
type ComputeCreditNotPending struct {
	ResultId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func ComputeCreditNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func (computeCredit *ComputeCredit) UnpackNotPendingError(raw []byte) (*ComputeCreditNotPending, error) {
	out := new(ComputeCreditNotPending)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNotUnbonding represents a NotUnbonding error raised by the ComputeCredit contract.
type ComputeCreditNotUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonding(address provider)
func ComputeCreditNotUnbondingErrorID() common.Hash {
	return common.HexToHash("0x68dadb1523df8dee20db5db11837c54eaaa5c896e87e2e63a41110ef2c9f5c77")
}

// UnpackNotUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonding(address provider)
func (computeCredit *ComputeCredit) UnpackNotUnbondingError(raw []byte) (*ComputeCreditNotUnbonding, error) {
	out := new(ComputeCreditNotUnbonding)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NotUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNotYourTurn represents a NotYourTurn error raised by the ComputeCredit contract.
type ComputeCreditNotYourTurn struct {
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address expected)
func ComputeCreditNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address expected)
func (computeCredit *ComputeCredit) UnpackNotYourTurnError(raw []byte) (*ComputeCreditNotYourTurn, error) {
	out := new(ComputeCreditNotYourTurn)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditNothingToWithdraw represents a NothingToWithdraw error raised by the ComputeCredit contract.
type ComputeCreditNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ComputeCreditNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (computeCredit *ComputeCredit) UnpackNothingToWithdrawError(raw []byte) (*ComputeCreditNothingToWithdraw, error) {
	out := new(ComputeCreditNothingToWithdraw)
	if err := computeCredit.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditOutputRootMatches represents a OutputRootMatches error raised by the ComputeCredit contract.
type ComputeCreditOutputRootMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputRootMatches()
func ComputeCreditOutputRootMatchesErrorID() common.Hash {
	return common.HexToHash("0x6fb4fddaa9178d8555c98dc2c44c77be160448d7e2aea8d28a467b9fb2bae533")
}

// UnpackOutputRootMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputRootMatches()
func (computeCredit *ComputeCredit) UnpackOutputRootMatchesError(raw []byte) (*ComputeCreditOutputRootMatches, error) {
	out := new(ComputeCreditOutputRootMatches)
	if err := computeCredit.abi.UnpackIntoInterface(out, "OutputRootMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditOutputTypeMismatch represents a OutputTypeMismatch error raised by the ComputeCredit contract.
type ComputeCreditOutputTypeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTypeMismatch()
func ComputeCreditOutputTypeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8e9f4248561c8b91b611b121cd103ee0b4c7ce8486ab5f350c66a6abf9cb8a6d")
}

// UnpackOutputTypeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTypeMismatch()
func (computeCredit *ComputeCredit) UnpackOutputTypeMismatchError(raw []byte) (*ComputeCreditOutputTypeMismatch, error) {
	out := new(ComputeCreditOutputTypeMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "OutputTypeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ComputeCredit contract.
type ComputeCreditOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ComputeCreditOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (computeCredit *ComputeCredit) UnpackOwnableInvalidOwnerError(raw []byte) (*ComputeCreditOwnableInvalidOwner, error) {
	out := new(ComputeCreditOwnableInvalidOwner)
	if err := computeCredit.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ComputeCredit contract.
type ComputeCreditOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ComputeCreditOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (computeCredit *ComputeCredit) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ComputeCreditOwnableUnauthorizedAccount, error) {
	out := new(ComputeCreditOwnableUnauthorizedAccount)
	if err := computeCredit.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditProgramRootMismatch represents a ProgramRootMismatch error raised by the ComputeCredit contract.
type ComputeCreditProgramRootMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramRootMismatch()
func ComputeCreditProgramRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xf5b05e5b572bf69806eb5d56a6151914756cc177e0627c8f82e84bc903b82228")
}

// UnpackProgramRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramRootMismatch()
func (computeCredit *ComputeCredit) UnpackProgramRootMismatchError(raw []byte) (*ComputeCreditProgramRootMismatch, error) {
	out := new(ComputeCreditProgramRootMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ProgramRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditProviderUnbonding represents a ProviderUnbonding error raised by the ComputeCredit contract.
type ComputeCreditProviderUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderUnbonding(address provider)
func ComputeCreditProviderUnbondingErrorID() common.Hash {
	return common.HexToHash("0x4a909b8f32d3e93a7d59077e2baf3b05e8a80e49151365f29b6dd698596df9df")
}

// UnpackProviderUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderUnbonding(address provider)
func (computeCredit *ComputeCredit) UnpackProviderUnbondingError(raw []byte) (*ComputeCreditProviderUnbonding, error) {
	out := new(ComputeCreditProviderUnbonding)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ProviderUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditRecordMismatch represents a RecordMismatch error raised by the ComputeCredit contract.
type ComputeCreditRecordMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordMismatch()
func ComputeCreditRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0xaa9bf0ae83addc57dadf81cb539dc193d74b5dda02c0b2043ee0cd8f4acf828d")
}

// UnpackRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordMismatch()
func (computeCredit *ComputeCredit) UnpackRecordMismatchError(raw []byte) (*ComputeCreditRecordMismatch, error) {
	out := new(ComputeCreditRecordMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "RecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditRootsAgree represents a RootsAgree error raised by the ComputeCredit contract.
type ComputeCreditRootsAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsAgree()
func ComputeCreditRootsAgreeErrorID() common.Hash {
	return common.HexToHash("0x613802fb8e4d7a065e41f3b92a79080e6bfc01982777f6a01f32b499b6715102")
}

// UnpackRootsAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsAgree()
func (computeCredit *ComputeCredit) UnpackRootsAgreeError(raw []byte) (*ComputeCreditRootsAgree, error) {
	out := new(ComputeCreditRootsAgree)
	if err := computeCredit.abi.UnpackIntoInterface(out, "RootsAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditStateMismatch represents a StateMismatch error raised by the ComputeCredit contract.
type ComputeCreditStateMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch()
func ComputeCreditStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x4ecc13ec067c89cec80d201c2de5329e924d99ed52d69de79bf13f0807729e0d")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch()
func (computeCredit *ComputeCredit) UnpackStateMismatchError(raw []byte) (*ComputeCreditStateMismatch, error) {
	out := new(ComputeCreditStateMismatch)
	if err := computeCredit.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditStepCountMatches represents a StepCountMatches error raised by the ComputeCredit contract.
type ComputeCreditStepCountMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepCountMatches()
func ComputeCreditStepCountMatchesErrorID() common.Hash {
	return common.HexToHash("0x6d971dca286efde8e695c0016b694c397381111d0630a19d2ba461ae19ec1631")
}

// UnpackStepCountMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepCountMatches()
func (computeCredit *ComputeCredit) UnpackStepCountMatchesError(raw []byte) (*ComputeCreditStepCountMatches, error) {
	out := new(ComputeCreditStepCountMatches)
	if err := computeCredit.abi.UnpackIntoInterface(out, "StepCountMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditStringTooLong represents a StringTooLong error raised by the ComputeCredit contract.
type ComputeCreditStringTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func ComputeCreditStringTooLongErrorID() common.Hash {
	return common.HexToHash("0xc874dfa58fe3c504155fc1f7f8ed25493067c31b7821528a4b5b9e0134b42101")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func (computeCredit *ComputeCredit) UnpackStringTooLongError(raw []byte) (*ComputeCreditStringTooLong, error) {
	out := new(ComputeCreditStringTooLong)
	if err := computeCredit.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditTransferFailed represents a TransferFailed error raised by the ComputeCredit contract.
type ComputeCreditTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func ComputeCreditTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (computeCredit *ComputeCredit) UnpackTransferFailedError(raw []byte) (*ComputeCreditTransferFailed, error) {
	out := new(ComputeCreditTransferFailed)
	if err := computeCredit.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the ComputeCredit contract.
type ComputeCreditUnbondingDelayTooShort struct {
	UnbondingDelay *big.Int
	Required       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func ComputeCreditUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xc97848cec05cc7ad46155408b81fc1fb8f5506a1947abe6cf9aa0e9735b8fe9a")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func (computeCredit *ComputeCredit) UnpackUnbondingDelayTooShortError(raw []byte) (*ComputeCreditUnbondingDelayTooShort, error) {
	out := new(ComputeCreditUnbondingDelayTooShort)
	if err := computeCredit.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditUnbondingNotElapsed represents a UnbondingNotElapsed error raised by the ComputeCredit contract.
type ComputeCreditUnbondingNotElapsed struct {
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func ComputeCreditUnbondingNotElapsedErrorID() common.Hash {
	return common.HexToHash("0xd3c68d401e91ef08da3522dfaf5a1bbbdda5f1d811fb98e774774a20ed3e5bff")
}

// UnpackUnbondingNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func (computeCredit *ComputeCredit) UnpackUnbondingNotElapsedError(raw []byte) (*ComputeCreditUnbondingNotElapsed, error) {
	out := new(ComputeCreditUnbondingNotElapsed)
	if err := computeCredit.abi.UnpackIntoInterface(out, "UnbondingNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditUnexpectedEther represents a UnexpectedEther error raised by the ComputeCredit contract.
type ComputeCreditUnexpectedEther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther()
func ComputeCreditUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0x5bb8e485d8872b3aaed8e95cb73575ce91377b05612394ee98232a9950c19a15")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther()
func (computeCredit *ComputeCredit) UnpackUnexpectedEtherError(raw []byte) (*ComputeCreditUnexpectedEther, error) {
	out := new(ComputeCreditUnexpectedEther)
	if err := computeCredit.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditUnknownGame represents a UnknownGame error raised by the ComputeCredit contract.
type ComputeCreditUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func ComputeCreditUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (computeCredit *ComputeCredit) UnpackUnknownGameError(raw []byte) (*ComputeCreditUnknownGame, error) {
	out := new(ComputeCreditUnknownGame)
	if err := computeCredit.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditUnknownOpcode represents a UnknownOpcode error raised by the ComputeCredit contract.
type ComputeCreditUnknownOpcode struct {
	Opcode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func ComputeCreditUnknownOpcodeErrorID() common.Hash {
	return common.HexToHash("0xb378b6d43ceac99f8b401eae7f0576c8493e4e7f70b1c76e0562c07e609e3bc8")
}

// UnpackUnknownOpcodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func (computeCredit *ComputeCredit) UnpackUnknownOpcodeError(raw []byte) (*ComputeCreditUnknownOpcode, error) {
	out := new(ComputeCreditUnknownOpcode)
	if err := computeCredit.abi.UnpackIntoInterface(out, "UnknownOpcode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditUnknownResult represents a UnknownResult error raised by the ComputeCredit contract.
type ComputeCreditUnknownResult struct {
	ResultId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownResult(uint256 resultId)
func ComputeCreditUnknownResultErrorID() common.Hash {
	return common.HexToHash("0x5d32e1ccdf3241a082c2447b8910185b8850da0155aa6396f5a7055023ae981b")
}

// UnpackUnknownResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownResult(uint256 resultId)
func (computeCredit *ComputeCredit) UnpackUnknownResultError(raw []byte) (*ComputeCreditUnknownResult, error) {
	out := new(ComputeCreditUnknownResult)
	if err := computeCredit.abi.UnpackIntoInterface(out, "UnknownResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditValuesAgree represents a ValuesAgree error raised by the ComputeCredit contract.
type ComputeCreditValuesAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValuesAgree()
func ComputeCreditValuesAgreeErrorID() common.Hash {
	return common.HexToHash("0x011e552774a28cee1a35f2e6720f4afa591bbb828856ab60a6fa1a8162567ea0")
}

// UnpackValuesAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValuesAgree()
func (computeCredit *ComputeCredit) UnpackValuesAgreeError(raw []byte) (*ComputeCreditValuesAgree, error) {
	out := new(ComputeCreditValuesAgree)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ValuesAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditWindowClosed represents a WindowClosed error raised by the ComputeCredit contract.
type ComputeCreditWindowClosed struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func ComputeCreditWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x184663dd4b9fdcadf36bbcb9f4c6941af76e8cf9d050bb5460f87fa79c3de0b1")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func (computeCredit *ComputeCredit) UnpackWindowClosedError(raw []byte) (*ComputeCreditWindowClosed, error) {
	out := new(ComputeCreditWindowClosed)
	if err := computeCredit.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditWindowOpen represents a WindowOpen error raised by the ComputeCredit contract.
type ComputeCreditWindowOpen struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func ComputeCreditWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xe51685620f6e45a689af7265059398ce8db258b0ddc54c49831531ebb3e37d89")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func (computeCredit *ComputeCredit) UnpackWindowOpenError(raw []byte) (*ComputeCreditWindowOpen, error) {
	out := new(ComputeCreditWindowOpen)
	if err := computeCredit.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditWrongBond represents a WrongBond error raised by the ComputeCredit contract.
type ComputeCreditWrongBond struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func ComputeCreditWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func (computeCredit *ComputeCredit) UnpackWrongBondError(raw []byte) (*ComputeCreditWrongBond, error) {
	out := new(ComputeCreditWrongBond)
	if err := computeCredit.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditWrongInputCount represents a WrongInputCount error raised by the ComputeCredit contract.
type ComputeCreditWrongInputCount struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func ComputeCreditWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0xc8a519a8b3b20dfb4c5792401550928d972f113659edad15df4ad658f77391df")
}

// UnpackWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func (computeCredit *ComputeCredit) UnpackWrongInputCountError(raw []byte) (*ComputeCreditWrongInputCount, error) {
	out := new(ComputeCreditWrongInputCount)
	if err := computeCredit.abi.UnpackIntoInterface(out, "WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditWrongPhase represents a WrongPhase error raised by the ComputeCredit contract.
type ComputeCreditWrongPhase struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func ComputeCreditWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x083a89f234e0317d5ce7ed572bfc6b4676dca2826b7b9120222ca6b80bfc9c27")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func (computeCredit *ComputeCredit) UnpackWrongPhaseError(raw []byte) (*ComputeCreditWrongPhase, error) {
	out := new(ComputeCreditWrongPhase)
	if err := computeCredit.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditZeroAddress represents a ZeroAddress error raised by the ComputeCredit contract.
type ComputeCreditZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ComputeCreditZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (computeCredit *ComputeCredit) UnpackZeroAddressError(raw []byte) (*ComputeCreditZeroAddress, error) {
	out := new(ComputeCreditZeroAddress)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ComputeCreditZeroValue represents a ZeroValue error raised by the ComputeCredit contract.
type ComputeCreditZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func ComputeCreditZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (computeCredit *ComputeCredit) UnpackZeroValueError(raw []byte) (*ComputeCreditZeroValue, error) {
	out := new(ComputeCreditZeroValue)
	if err := computeCredit.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIResultRegistry\",\"name\":\"results\",\"type\":\"address\"},{\"internalType\":\"contractIProviderRegistry\",\"name\":\"providers\",\"type\":\"address\"},{\"internalType\":\"contractIKernelVerifier\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengerBond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"slashAmount_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"rewardBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"clockDuration_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"BURN_ADDRESS\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"K\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_OUTPUTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"theirs\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"t\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"mine\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"next\",\"type\":\"bytes32[]\"}],\"name\":\"bisect\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengerBond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clockDuration\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"clocks\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"executorLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"challengerLeft\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"theirs\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"theirSiblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32\",\"name\":\"mine\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"mySiblings\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"next\",\"type\":\"bytes32[]\"}],\"name\":\"descend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"games\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"enumIDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"executorToMove\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"lastMove\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"executorClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"a\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"b\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"agreedRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"executorRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"depth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nChunks\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"outSlot\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"nSlots\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"outDtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"outRank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"outDims\",\"type\":\"uint32[4]\"}],\"internalType\":\"structIDisputeGame.GameView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"dissection\",\"type\":\"bytes32[]\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"payouts\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"j\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"dims\",\"type\":\"uint32[4]\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSlotWitness\",\"name\":\"slot\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkWitness[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"}],\"internalType\":\"structInputWitness[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"name\":\"proveElement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"slotsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"outputs\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"opsRoot\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSlotProof[]\",\"name\":\"slots\",\"type\":\"tuple[]\"}],\"name\":\"proveOutputRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"slotsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"opsRoot\",\"type\":\"bytes32\"}],\"name\":\"proveStepCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providerRegistry\",\"outputs\":[{\"internalType\":\"contractIProviderRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"resolveLeaf\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resultRegistry\",\"outputs\":[{\"internalType\":\"contractIResultRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"revealChunk\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"header\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"slotsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structOpProof\",\"name\":\"op\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"dims\",\"type\":\"uint32[4]\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSlotWitness\",\"name\":\"out\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"desc\",\"type\":\"bytes32[]\"}],\"name\":\"revealWrite\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"timeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalBurned\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIKernelVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"a\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"b\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"mine\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"next\",\"type\":\"bytes32[]\"}],\"name\":\"Bisected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"chunk\",\"type\":\"bytes\"}],\"name\":\"ChunkRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"level\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"next\",\"type\":\"bytes32[]\"}],\"name\":\"Descended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"prover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"kind\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"DirectProof\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claim\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"dissection\",\"type\":\"bytes32[]\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"executorWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"GameResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"mover\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"outSlot\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"desc\",\"type\":\"bytes32[]\"}],\"name\":\"WriteRevealed\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadChunkCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"BadChunkWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConcat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescendants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadDissectionLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadMyProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOpProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadOperandType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutSlotWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPerm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequantParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadSiblings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSliceStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"BadSlotProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadSlotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"BadSteps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTheirProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CannotPost\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChunkMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimMatchesFinalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"secondsLeft\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DissectionMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"openGames\",\"type\":\"uint256\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafBeyondTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafWithinTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"xLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yLen\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputRootMatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputTypeMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProgramRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsAgree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StepCountMatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"UnbondingNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opcode\",\"type\":\"uint8\"}],\"name\":\"UnknownOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"UnknownResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValuesAgree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "80a8ce66672e6df5b829e97565d249243a",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161558f38038061558f83398101604081905261002f916102e0565b6001600160a01b038716158061004c57506001600160a01b038616155b8061005e57506001600160a01b038516155b1561007c5760405163d92e233d60e01b815260040160405180910390fd5b835f036100c25760405163e70e701560e01b815260206004820152600e60248201526d18da185b1b195b99d95c909bdb9960921b60448201526064015b60405180910390fd5b825f036101005760405163e70e701560e01b815260206004820152600b60248201526a1cdb185cda105b5bdd5b9d60aa1b60448201526064016100b9565b61271082111561013f5760405163e70e701560e01b815260206004820152600960248201526872657761726442707360b81b60448201526064016100b9565b80158061014f575063ffffffff81115b1561018d5760405163e70e701560e01b815260206004820152600d60248201526c31b637b1b5a23ab930ba34b7b760991b60448201526064016100b9565b5f610199826002610363565b886001600160a01b031663861a14126040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101d5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101f99190610380565b6102039190610397565b90505f876001600160a01b031663db7dd35a6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610242573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102669190610380565b9050818111610292576040516364bc246760e11b815260048101829052602481018390526044016100b9565b50506001600160a01b0396871660805294861660a0529290941660c05260e0526101009290925261012091909152610140526103aa565b6001600160a01b03811681146102dd575f5ffd5b50565b5f5f5f5f5f5f5f60e0888a0312156102f6575f5ffd5b8751610301816102c9565b6020890151909750610312816102c9565b6040890151909650610323816102c9565b606089015160808a015160a08b015160c0909b0151999c989b5091999098919790965090945092505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761037a5761037a61034f565b92915050565b5f60208284031215610390575f5ffd5b5051919050565b8082018082111561037a5761037a61034f565b60805160a05160c05160e0516101005161012051610140516150fa6104955f395f818161052a0152818161165d015261168201525f81816104b0015281816123c1015281816125650152612d2001525f81816104e3015281816124c60152612c8001525f818161047d0152818161142701528181611474015281816123e20152818161241801526125a801525f81816102fb015261386401525f81816101c40152818161041f015281816124ee0152612cab01525f818161057c015281816114ac0152818161185c01528181611bd40152818161235801528181612bbc015261331001526150fa5ff3fe6080604052600436106101a7575f3560e01c80635321d6ed116100e7578063ad61d24911610087578063d89135cd11610062578063d89135cd1461059e578063f475a4c8146105b3578063f7b2961e146105d2578063fccc2813146105f1575f5ffd5b8063ad61d24914610519578063b09d83f31461054c578063d0f6d5a91461056b575f5ffd5b806368ccdc86116100c257806368ccdc861461046c57806382328ffc1461049f5780638802834e146104d2578063a932492f14610505575f5ffd5b80635321d6ed146103fb578063545921d91461040e57806365bcfbe714610441575f5ffd5b80632b7ac3f31161015257806337fa44be1161012d57806337fa44be146103805780634510f440146103945780634af53fd9146103c85780634d1975b4146103e7575f5ffd5b80632b7ac3f3146102ea578063316e8d2c14610342578063367bc93414610361575f5ffd5b8063117a5b9011610182578063117a5b901461027357806319f2c08b146102a8578063249d39e9146102c7575f5ffd5b806303551bca1461022157806306c0e8411461024057806308148f7a14610254575f5ffd5b3661021d573373ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000161461021b576040517f5bb8e48500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b005b5f5ffd5b34801561022c575f5ffd5b5061021b61023b366004613f1e565b610606565b34801561024b575f5ffd5b5061021b61077d565b34801561025f575f5ffd5b5061021b61026e366004613fcf565b6108a4565b34801561027e575f5ffd5b5061029261028d366004613fcf565b610a61565b60405161029f919061407a565b60405180910390f35b3480156102b3575f5ffd5b5061021b6102c2366004614297565b610c42565b3480156102d2575f5ffd5b506102dc61271081565b60405190815260200161029f565b3480156102f5575f5ffd5b5061031d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff909116815260200161029f565b34801561034d575f5ffd5b5061021b61035c366004614322565b610e80565b34801561036c575f5ffd5b5061021b61037b3660046143d2565b611095565b34801561038b575f5ffd5b506102dc604081565b34801561039f575f5ffd5b506103b36103ae366004613fcf565b611258565b6040805192835260208301919091520161029f565b3480156103d3575f5ffd5b5061021b6103e2366004613fcf565b611302565b3480156103f2575f5ffd5b506102dc5f5481565b6102dc610409366004614498565b611424565b348015610419575f5ffd5b5061031d7f000000000000000000000000000000000000000000000000000000000000000081565b34801561044c575f5ffd5b506102dc61045b36600461450b565b60026020525f908152604090205481565b348015610477575f5ffd5b506102dc7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104aa575f5ffd5b506102dc7f000000000000000000000000000000000000000000000000000000000000000081565b3480156104dd575f5ffd5b506102dc7f000000000000000000000000000000000000000000000000000000000000000081565b348015610510575f5ffd5b506102dc601081565b348015610524575f5ffd5b506102dc7f000000000000000000000000000000000000000000000000000000000000000081565b348015610557575f5ffd5b5061021b610566366004614526565b61182b565b348015610576575f5ffd5b5061031d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a9575f5ffd5b506102dc60015481565b3480156105be575f5ffd5b5061021b6105cd366004614587565b611a68565b3480156105dd575f5ffd5b5061021b6105ec3660046145cf565b611ba3565b3480156105fc575f5ffd5b5061031d61dead81565b5f88815260036020526040902080546106218a826006611fee565b61062b8282612077565b506106368a82612132565b5081600401546106468a8a6121df565b1461067d576040517f2d8a579500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8160060154868660405161069292919061468b565b6040518091039020146106d1576040517faa9bf0ae00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6106ec8362ffffff60b885901c168c8c8c8c8c8c8c612246565b90506107708b84848485610735576040518060400160405280600d81526020017f656c656d656e742077726f6e67000000000000000000000000000000000000008152506122a8565b6040518060400160405280600f81526020017f656c656d656e7420636f727265637400000000000000000000000000000000008152506122a8565b5050505050505050505050565b61078561265c565b335f90815260026020526040812054908190036107ce576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526002602052604080822091909155517faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b906108119084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610858576040519150601f19603f3d011682016040523d82523d5f602084013e61085d565b606091505b5050905080610898576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50506108a2612691565b565b5f818152600360205260409020805460ff81168015806108c5575060078110155b156108d6576108d684836001611fee565b6005811480156108f8575062ffffff60d083901c1662ffffff60b884901c1610155b1561094b576040517fb984ad1f00000000000000000000000000000000000000000000000000000000815262ffffff60b884901c8116600483015260d084901c1660248201526044015b60405180910390fd5b600882901c60ff16155f63ffffffff82610966576058610969565b60385b85901c1690505f610985601086901c64ffffffffff16426146c7565b9050818110156109d5578661099a82846146c7565b6040517f19cd57f800000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610942565b610a58878787861587610a1d576040518060400160405280601481526020017f6368616c6c656e6765722074696d6564206f75740000000000000000000000008152506122a8565b6040518060400160405280601281526020017f6578656375746f722074696d6564206f757400000000000000000000000000008152506122a8565b50505050505050565b610a69613dbd565b5f828152600360209081526040918290208054600182015467ffffffffffffffff74010000000000000000000000000000000000000000820416865273ffffffffffffffffffffffffffffffffffffffff9081169386019390935260028201549092169284019290925260ff81166008811115610ae857610ae8613fe6565b83606001906008811115610afe57610afe613fe6565b90816008811115610b1157610b11613fe6565b90525060ff600882811c821615608086015264ffffffffff601084901c1660a086015263ffffffff603884901c811660c0870152605884901c1660e086015262ffffff607884901c8116610100870152609084901c811661012087015260038501546101408701526004850154610160870152600585015461018087015260068501546101a087015260a884901c83166101c087015260b084901c83166101e087015260b884901c811661020087015260d084901c1661022086015260078401548083166102808701529081901c9091166102a0850152610c17607082901b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000166126bb565b6102c085015261ffff609082901c811661026086015260a09190911c16610240840152509092915050565b5f8781526003602052604090208054610c5d89826001611fee565b5f610c688383612077565b9050610c748a83612132565b91505f8080610c8786868e8e8e8c6126f8565b925092509250808a1015610d22575f8c8c610ca360018e6146c7565b818110610cb257610cb26146da565b905060200201359050898103610cf4576040517f613802fb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8415610d0d57600487018a905560058701819055610d1c565b600587018a9055600487018190555b50610d3a565b83610d31578560050154610d37565b85600401545b98505b60018a1115610d6e578b8b610d5060028d6146c7565b818110610d5f57610d5f6146da565b60200291909101356003880155505b6001610d7a84846146c7565b1115610db5578787604051602001610d93929190614707565b60408051601f1981840301815291905280516020909101206006870155610ddf565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0094909416600217935b600884610dec575f610def565b60015b7fffffffffffffffffffffff000000000000ffffffffffffffffffffffffff00ff96909616607885901b17609084901b1795901b9490941780865560405190949033908e907f5ec902afac3c91f480be4e8852cc29a4597d88119e4b283d38b968f4b30caba990610e6990879087908f908f908f90614790565b60405180910390a350505050505050505050505050565b5f868152600360205260409020805460ff811660028114801590610ea5575060038114155b15610eb657610eb689836002611fee565b5f610ec18484612077565b9050610ecd8a84612132565b92505f5f5f610ee98762ffffff607889901c168e8e8e896128dc565b925092509250610efc8989855f8e612912565b8315610f0e57600487018a9055610f16565b600587018a90555b5f84610f22575f610f25565b60015b90507ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe8601610fb557610f588d806147d4565b604051610f6692919061468b565b6040519081900390206006890155600788018290557fffffff000000ffffff00ffffffffffffffffffffffffffffffffffffffffff009690961660b084901b1760d083901b1760031795611016565b835f03610fec57507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0095909516600517945f611016565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0096909616600417955b600881901b600860ff901b19881617885f01819055503373ffffffffffffffffffffffffffffffffffffffff168e7f96a7da248e2f4a1dc2a301ea9758390413b4d1c2c9fd2bc1fa54cc72b2da687460a085901c8e8e8e60405161107d9493929190614835565b60405180910390a35050505050505050505050505050565b5f8a815260036020526040902080546110b08c826004611fee565b5f6110bb8383612077565b90506110c78d83612132565b91506110d5828d8b896129d4565b878b0361110e576040517f011e552700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8061111d578260040154611123565b82600501545b61112f8c8e8d8d612a6f565b14611166576040517f971a9d5500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8061117557826005015461117b565b82600401545b611187898e8a8a612a6f565b146111be576040517ff62f086a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6111c9828d83612acc565b91506111e6858560ff60b086901c1660ff60a887901c168c612912565b80156111ff5760048301889055600583018b905561120e565b60058301889055600483018b90555b81835560405133908e907f1d1b3de3f259e36477fbcce78ffb1d4e09abc2f84b3af35a26c38bdb9b0c76f390610e699060a887901c9060b888901c62ffffff16908b908b90614858565b5f8181526003602052604090205463ffffffff603882901c811691605881901c9091169060ff811680158061128e575060078110155b1561129a575050915091565b5f6112b0601084901c64ffffffffff16426146c7565b9050600883901c60ff166112de57848110156112d5576112d081866146c7565b6112d7565b5f5b94506112fa565b838110156112f5576112f081856146c7565b6112f7565b5f5b93505b505050915091565b5f818152600360205260409020805461131d83826005611fee565b62ffffff60b882901c81169060d083901c1680821015611373576040517f1b3945320000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610942565b60048401547fb451172d921688ddb03855417ff6024f993372ebfb24728857dac6402ae6575d1461141c86868684806113e1576040518060400160405280601a81526020017f6e6f6e7a65726f206c656166206265796f6e642074656e736f720000000000008152506122a8565b6040518060400160405280601781526020017f7a65726f206c656166206265796f6e642074656e736f720000000000000000008152506122a8565b505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000034146114a6576040517f0c5e03da0000000000000000000000000000000000000000000000000000000081527f00000000000000000000000000000000000000000000000000000000000000006004820152346024820152604401610942565b5f5f5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16633c6d22578a6040518263ffffffff1660e01b815260040161150591815260200190565b6080604051808303815f875af1158015611521573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061154591906148ab565b9350935093509350818803611586576040517f6b2b764500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60108267ffffffffffffffff16106115a05760106115ac565b8167ffffffffffffffff165b90506115b96001826146c7565b8714611607576115ca6001826146c7565b6040517f4182afc3000000000000000000000000000000000000000000000000000000008152600481019190915260248101889052604401610942565b5f5f8154611614906148f1565b91829055505f818152600360205260408120919750600167ffffffffffffffff851614611642576001611645565b60025b60ff16905060908467ffffffffffffffff16901b60587f0000000000000000000000000000000000000000000000000000000000000000901b60387f0000000000000000000000000000000000000000000000000000000000000000901b601042901b60085f901b851717171717825f018190555086826001015f6101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff1602179055508b8260010160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555033826002015f6101000a81548173ffffffffffffffffffffffffffffffffffffffff021916908373ffffffffffffffffffffffffffffffffffffffff1602179055508582600301819055508482600401819055508a826005018190555060018467ffffffffffffffff1611156117c85789896040516020016117aa929190614707565b60408051601f19818403018152919052805160209091012060068301555b3373ffffffffffffffffffffffffffffffffffffffff168c897f0e86ccdc61a2c5fb7bef6af62a889b474f27d4c85acec8bd239b3ace4b0003318e8e8e60405161181493929190614909565b60405180910390a450505050505050949350505050565b6040517fb7cc6af2000000000000000000000000000000000000000000000000000000008152600481018790525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b7cc6af29060240161014060405180830381865afa1580156118b7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118db91906149c6565b905060108514611917576040517f451b7cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60208101516119936119298789614a6d565b60405160089190911c7effffffffffffffffffffffffffffffff000000000000000000000000000000167f05000000000000000000000000000000000000000000000000000000000000001781526011810187905260318101869052605181018590526071902090565b146119ca576040517ff5b05e5b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60c081015167ffffffffffffffff166119f26119e68789614a6d565b60801c63ffffffff1690565b03611a29576040517f6d971dca00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a58876040518060400160405280600a81526020017f7374657020636f756e7400000000000000000000000000000000000000000000815250612b8b565b5f8381526003602052604090208054611a8385826005611fee565b611a8d8282612077565b50611a988582612132565b905062ffffff60b882901c81169060d083901c16808210611aef576040517fb984ad1f0000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610942565b8360040154611afe87876121df565b14611b35576040517f2d8a579500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6101067fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000841617845560405187907fd3a72953213fea09eec4d7c6c096d0608235070775b9d2f9032dbc4d4b83d43090611b929089908990614afb565b60405180910390a250505050505050565b6040517fb7cc6af2000000000000000000000000000000000000000000000000000000008152600481018a90525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b7cc6af29060240161014060405180830381865afa158015611c2f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c5391906149c6565b905060108814611c8f576040517f451b7cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6020810151611d15611ca18a8c614a6d565b89611cac8a8a612dc7565b60405160089390931c7effffffffffffffffffffffffffffffff000000000000000000000000000000167f050000000000000000000000000000000000000000000000000000000000000017835260118301919091526031820152605181018790526071902090565b14611d4c576040517ff5b05e5b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611d58600287614b3b565b9050801580611d705750611d6d600287614b4e565b15155b80611d7b5750604081115b80611d865750828114155b15611dbd576040517fb0e458ba00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611dd7611dcb8b8d614a6d565b60a01c63ffffffff1690565b90505f8267ffffffffffffffff811115611df357611df361492b565b604051908082528060200260200182016040528015611e1c578160200160208202803683370190505b5090505f5b83811015611f59575f8a8a611e37846002614b61565b90611e43856002614b61565b611e4e906002614b78565b92611e5b93929190614b8b565b611e6491614bb2565b60f01c61ffff169050611ed3866080015185838b8b87818110611e8957611e896146da565b9050602002810190611e9b9190614c17565b358c8c88818110611eae57611eae6146da565b9050602002810190611ec09190614c17565b611ece906020810190614c53565b612dd9565b611f0c576040517f41ecd08c00000000000000000000000000000000000000000000000000000000815260048101839052602401610942565b878783818110611f1e57611f1e6146da565b9050602002810190611f309190614c17565b5f0135838381518110611f4557611f456146da565b602090810291909101015250600101611e21565b506060840151611f69825f612e30565b03611fa0576040517f6fb4fdda00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611fdf8d6040518060400160405280600b81526020017f6f757470757420726f6f74000000000000000000000000000000000000000000815250612b8b565b50505050505050505050505050565b60ff8216818103611fff5750505050565b80612039576040517fc006e93f00000000000000000000000000000000000000000000000000000000815260048101859052602401610942565b6040517f083a89f20000000000000000000000000000000000000000000000000000000081526004810185905260ff82166024820152604401610942565b600881901c60ff16155f816120a657600284015473ffffffffffffffffffffffffffffffffffffffff166120c2565b600184015473ffffffffffffffffffffffffffffffffffffffff165b90503373ffffffffffffffffffffffffffffffffffffffff82161461212b576040517f49f5ad1100000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82166004820152602401610942565b5092915050565b5f80600883901c60ff161561214857605861214b565b60385b905082811c63ffffffff165f61216c601086901c64ffffffffff16426146c7565b90508181106121aa576040517fa4b6aaf400000000000000000000000000000000000000000000000000000000815260048101879052602401610942565b4260101b836121b983856146c7565b901b601064ffffffffff901b8563ffffffff901b17198716171793505050505b92915050565b5f6104008214612226576040517f2e728bb2000000000000000000000000000000000000000000000000000000008152610400600482015260248101839052604401610942565b6040515f8152610400846020830137610401601f82012091505092915050565b60078901545f90818061225a838d8b612f7e565b915091505f61226b8c8c868d613057565b60030b9050816122815715935061229b92505050565b6122948e60030154858b8b878c8c6130f2565b1493505050505b9998505050505050505050565b816122b45760086122b7565b60075b60ff167fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00841617845560018401546040517ff220fd6f00000000000000000000000000000000000000000000000000000000815274010000000000000000000000000000000000000000820467ffffffffffffffff166004820181905284151560248301529173ffffffffffffffffffffffffffffffffffffffff908116917f00000000000000000000000000000000000000000000000000000000000000009091169063f220fd6f906044015f604051808303815f87803b15801561239b575f5ffd5b505af11580156123ad573d5f5f3e3d5ffd5b505050505f8415612481575f6127106124067f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000614b61565b6124109190614b3b565b905061243c817f00000000000000000000000000000000000000000000000000000000000000006146c7565b73ffffffffffffffffffffffffffffffffffffffff84165f90815260026020526040812080549294508392909190612475908490614b78565b9091555061260e915050565b6040517f02fb4d8500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301527f000000000000000000000000000000000000000000000000000000000000000060248301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906302fb4d85906044016020604051808303815f875af1158015612536573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061255a9190614cb7565b90505f61271061258a7f000000000000000000000000000000000000000000000000000000000000000084614b61565b6125949190614b3b565b90506125a081836146c7565b92506125cc817f0000000000000000000000000000000000000000000000000000000000000000614b78565b60028a81015473ffffffffffffffffffffffffffffffffffffffff165f908152602091909152604081208054909190612606908490614b78565b909155505050505b82887fff861da449ece3a25e07508e0a15601ed2f2c3e3eacf0ca4965b782721a95d258787604051612641929190614cfc565b60405180910390a361265281613150565b5050505050505050565b6126646131f5565b6108a260017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061324e565b6108a25f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061268b565b6126c3613e7a565b60e082901c815263ffffffff60c083901c8116602083015260a083901c8116604083015260809290921c909116606082015290565b5f5f5f5f62ffffff60788a901c1690505f8162ffffff60908c901c1661271e91906146c7565b90506010811061272f576010612731565b805b925061273e6001846146c7565b881461278c5761274f6001846146c7565b6040517f4182afc3000000000000000000000000000000000000000000000000000000008152600481019190915260248101899052604401610942565b8a6006015489896040516020016127a4929190614707565b60405160208183030381529060405280519060200120146127f1576040517fef203ff300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8615806127fd57508287115b1561283e576040517f8c69f30c0000000000000000000000000000000000000000000000000000000081526004810188905260248101849052604401610942565b828161284b60018a6146c7565b6128559190614b61565b61285f9190614b3b565b6128699083614b78565b9450826128768289614b61565b6128809190614b3b565b61288a9083614b78565b93505f601061289987876146c7565b106128a55760106128af565b6128af86866146c7565b90506128bc6001826146c7565b87146128cd576115ca6001826146c7565b50505096509650969350505050565b5f5f5f5f5f6128ec8b8a8c613255565b915091506128fe8b8984848b8b613430565b945094509450505096509650969350505050565b828203612956578315612951576040517f949bbe7700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6129cd565b5f600461296384866146c7565b1061296f576004612979565b61297983856146c7565b90506001811b85141580612996575081612993878761353b565b14155b1561141c576040517f949bbe7700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b5f6129de856135b8565b905083811c15612a26576040517f8c69f30c000000000000000000000000000000000000000000000000000000008152600481018590526001821b6024820152604401610942565b8083141580612a355750808214155b156129cd576040517f077bac6a00000000000000000000000000000000000000000000000000000000815260048101829052602401610942565b6040516001815284906020810184600585901b81015b80821015612ac05760018816858160051b85015282356001821860051b850152506041601f85012094508760011c9750602082019150612a85565b50505050949350505050565b5f5f612ad7856135b8565b90505f612aeb8260a888901c60ff16614b78565b905060b886901c62ffffff16821b85175f85612b07575f612b0a565b60015b905060ff60b089901c168303612b4657507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0096909616600517955f5b7fffffffffffff000000ff00ffffffffffffffffffffffffffffffffffffff00ff881660089190911b1760a89290921b9190911760b89190911b179150509392505050565b6040517fb8adaa11000000000000000000000000000000000000000000000000000000008152600481018390525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b8adaa11906024016020604051808303815f875af1158015612c17573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612c3b9190614d16565b6040517f02fb4d8500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff80831660048301527f000000000000000000000000000000000000000000000000000000000000000060248301529192505f917f000000000000000000000000000000000000000000000000000000000000000016906302fb4d85906044016020604051808303815f875af1158015612cf1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d159190614cb7565b90505f612710612d457f000000000000000000000000000000000000000000000000000000000000000084614b61565b612d4f9190614b3b565b335f90815260026020526040812080549293508392909190612d72908490614b78565b9091555050604051339086907f212b5e4eb3a46c74cea031cc0141eaff7fc86bcd0b2015a379eacb6b8cf5d2f590612dad9088908790614d31565b60405180910390a36129cd612dc282846146c7565b613150565b5f604051828482379190912092915050565b5f851580612de8575061100086115b80612df35750858510155b15612dff57505f612e26565b612e08866135ee565b8214612e1557505f612e26565b86612e2285878686612a6f565b1490505b9695505050505050565b81515f90808203612e4457505f90506121d9565b825b6001821115612f5a575f6001612e5c8482614b78565b901c90505f5b81811015612f32575f87612e77836002614b61565b81518110612e8757612e876146da565b602002602001015190505f85836002612ea09190614b61565b612eab906001614b78565b10612eb65784612ee6565b88612ec2846002614b61565b612ecd906001614b78565b81518110612edd57612edd6146da565b60200260200101515b9050612f0b8282604080516001815260208101939093528201526041601f9091012090565b898481518110612f1d57612f1d6146da565b60209081029190910101525050600101612e62565b506040805160018152602081018490529081018390526041601f909101209092509050612e46565b845f81518110612f6c57612f6c6146da565b60200260200101519250505092915050565b5f808481612fb17fffffffffffffffffffffffffffffffff00000000000000000000000000000000607084901b166126bb565b90505f612fbd8361361b565b90505f612fcc82610400614b3b565b9050808710613011576040517f8c69f30c0000000000000000000000000000000000000000000000000000000081526004810188905260248101829052604401610942565b5f6130218560088c901c86613668565b9150889050613030838b614b61565b61303a9190614b78565b96506130468382614b3b565b871095505050505050935093915050565b5f5f1960ff8416016130775761306e858584613732565b5f0b90506130ea565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff8416016130b3576130ac858584613787565b90506130ea565b6040517f474af58100000000000000000000000000000000000000000000000000000000815260ff84166004820152602401610942565b949350505050565b5f5f6040518060c001604052808a815260200160908a901c61ffff1681526020018960ff16815260200160088a901c60ff16815260200161313960108b901c60801b6126bb565b8152602001869052905061229b818888878761380a565b805f0361315a5750565b8060015f82825461316b9190614b78565b90915550506040515f9061dead9083908381818185875af1925050503d805f81146131b1576040519150601f19603f3d011682016040523d82523d5f602084013e6131b6565b606091505b50509050806131f1576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156108a2576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f8061326460208501856147d4565b905060101461329f576040517f451b7cff00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6132ad60208601866147d4565b6132b691614a6d565b60018701546040517f723dc0c80000000000000000000000000000000000000000000000000000000081527401000000000000000000000000000000000000000090910467ffffffffffffffff1660048201529091505f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063723dc0c890602401602060405180830381865afa15801561336a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061338e9190614cb7565b90506133bc818661339f89806147d4565b8660408c013560608d01356133b760808f018f614c53565b6138e5565b6133f2576040517fa44ae12400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6133fc86806147d4565b61340b91600491600291614b8b565b61341491614bb2565b60f01c935060a082901c63ffffffff1692505050935093915050565b5f5f5f5f5f5f6134408b896139e4565b8094508195508297508396505050505061346b8c600301548a8c858f8060e00190611ece9190614c53565b6134a1576040517f610b1c1900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b866134b0578b600501546134b6565b8b600401545b6134d0828c8e8060e001906134cb9190614c53565b612a6f565b14613507576040517f4ecc13ec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61351083613cc7565b945061351b856135ee565b955060a08a901b60908a901b178417935050505096509650969350505050565b6040515f90829060608101600583901b868237600182525b60018311156135a5575f5b8360011c81101561359957600681901b82018051602085810191909152015160408401526041601f840120600582901b83015260010161355e565b508260011c9250613553565b51925083905061212b57505f9392505050565b5f5f60ff60a884901c1660ff60b085901c166135d491906146c7565b9050600481106135e55760046135e7565b805b9392505050565b5f600182116135fe57505f919050565b5f1982015b8015613615576001918201911c613603565b50919050565b5f5f1960ff83160161362f57506001919050565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff83160161366157506004919050565b505f919050565b5f5f6136738561361b565b9050801580613685575060048460ff16115b1561369457505f90508061372a565b5f5b6004811015613724575f8482600481106136b2576136b26146da565b602002015163ffffffff1690508560ff1682101561370857805f036136de575f5f93509350505061372a565b6136e88184614b61565b92506340000000831115613703575f5f93509350505061372a565b61371b565b801561371b575f5f93509350505061372a565b50600101613696565b50600191505b935093915050565b5f828210613776576040517f94666f0d0000000000000000000000000000000000000000000000000000000081526004810183905260248101849052604401610942565b818401355f1a5f0b90509392505050565b5f600283901c82106137d2576040517f94666f0d00000000000000000000000000000000000000000000000000000000815260048101839052600284901c6024820152604401610942565b8160021b84013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060030b9150509392505050565b84516020860151604080880151606089015160808a015160a08b015193517f9d8413450000000000000000000000000000000000000000000000000000000081525f9673ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001696639d841345966138a696929591948e948e949392908e908e90600401615053565b602060405180830381865afa1580156138c1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e269190614cb7565b5f6040871415806138fc57506138fa86613cea565b155b1561390857505f61229b565b63ffffffff608087901c1680158061392257506210000081115b8061392d5750808a10155b1561393b575f91505061229b565b613944816135ee565b8314613953575f91505061229b565b5f6139696139618b8b613d57565b8c8787612a6f565b60405160088a901c7effffffffffffffffffffffffffffffff000000000000000000000000000000167f0500000000000000000000000000000000000000000000000000000000000000178152601181018990526031810188905260518101829052607190209091508c149c9b505050505050505050505050565b5f5f5f5f5f8660400160048060200260405190810160405280929190826004602002808284375f920182905250929350613a3e9150613a28905060208a018a6150e1565b613a3860408b0160208c016150e1565b84613668565b9650905080613a79576040517f610b1c1900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60608281015160408085015160208087015187515f9663ffffffff9096169390921b67ffffffff0000000016931b6bffffffff000000000000000016931b6fffffffff0000000000000000000000001692909217171760801b9050613ba5613ae460208b018b6150e1565b613af460408c0160208d016150e1565b6040517eff00000000000000000000000000000000000000000000000000000000000060f09390931b929092167dff000000000000000000000000000000000000000000000000000000000060e89290921b919091167cffffffffffffffffffffffffffffffff00000000000000000000000000601886901c1617177f020000000000000000000000000000000000000000000000000000000000000017815260c08b013560138201526033902090565b9450613c75613bb760208b018b6150e1565b613bc760408c0160208d016150e1565b6040517eff00000000000000000000000000000000000000000000000000000000000060f09390931b929092167dff000000000000000000000000000000000000000000000000000000000060e89290921b919091167cffffffffffffffffffffffffffffffff00000000000000000000000000601886901c1617177f0200000000000000000000000000000000000000000000000000000000000000178152601381018a90526033902090565b935071ffffffffffffffffffffffffffffffff0000607082901c166008613ca260408c0160208d016150e1565b60ff16901b613cb460208c018c6150e1565b60ff161717955050505092959194509250565b5f610400613cd66001826146c7565b613ce09084614b78565b6121d99190614b3b565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f4352585000000000000000000000000000000000000000000000000000000000148015613d44575060d082901c61ffff166001145b80156121d957505060c01c61ffff161590565b5f60408214613d9e57604080517f2e728bb2000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610942565b6040516004815260408460208301376041601f82012091505092915050565b604080516102e0810182525f8082526020820181905291810182905290606082019081525f6020820181905260408201819052606082018190526080820181905260a0820181905260c0820181905260e08201819052610100820181905261012082018190526101408201819052610160820181905261018082018190526101a082018190526101c082018190526101e082018190526102008201819052610220820181905261024082015261026001613e75613e7a565b905290565b60405180608001604052806004906020820280368337509192915050565b5f5f83601f840112613ea8575f5ffd5b50813567ffffffffffffffff811115613ebf575f5ffd5b602083019150836020828501011115613ed6575f5ffd5b9250929050565b5f5f83601f840112613eed575f5ffd5b50813567ffffffffffffffff811115613f04575f5ffd5b6020830191508360208260051b8501011115613ed6575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215613f35575f5ffd5b88359750602089013567ffffffffffffffff811115613f52575f5ffd5b613f5e8b828c01613e98565b90985096505060408901359450606089013567ffffffffffffffff811115613f84575f5ffd5b613f908b828c01613e98565b909550935050608089013567ffffffffffffffff811115613faf575f5ffd5b613fbb8b828c01613edd565b999c989b5096995094979396929594505050565b5f60208284031215613fdf575f5ffd5b5035919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60098110614048577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b805f5b600481101561407457815163ffffffff1684526020938401939091019060010161404f565b50505050565b815181526020808301516103408301916140ab9084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060408301516140d3604084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060608301516140e66060840182614013565b5060808301516140fa608084018215159052565b5060a083015161411660a084018267ffffffffffffffff169052565b5060c083015161413260c084018267ffffffffffffffff169052565b5060e083015161414e60e084018267ffffffffffffffff169052565b5061010083015161416c61010084018267ffffffffffffffff169052565b5061012083015161418a61012084018267ffffffffffffffff169052565b506101408301516101408301526101608301516101608301526101808301516101808301526101a08301516101a08301526101c08301516141d16101c084018260ff169052565b506101e08301516141e86101e084018260ff169052565b5061020083015161420661020084018267ffffffffffffffff169052565b5061022083015161422461022084018267ffffffffffffffff169052565b5061024083015161423c61024084018261ffff169052565b5061026083015161425461026084018261ffff169052565b5061028083015161426b61028084018260ff169052565b506102a08301516142826102a084018260ff169052565b506102c083015161212b6102c084018261404c565b5f5f5f5f5f5f5f60a0888a0312156142ad575f5ffd5b87359650602088013567ffffffffffffffff8111156142ca575f5ffd5b6142d68a828b01613edd565b9097509550506040880135935060608801359250608088013567ffffffffffffffff811115614303575f5ffd5b61430f8a828b01613edd565b989b979a50959850939692959293505050565b5f5f5f5f5f5f60a08789031215614337575f5ffd5b86359550602087013567ffffffffffffffff811115614354575f5ffd5b870160a0818a031215614365575f5ffd5b9450604087013567ffffffffffffffff811115614380575f5ffd5b8701610100818a031215614392575f5ffd5b935060608701359250608087013567ffffffffffffffff8111156143b4575f5ffd5b6143c089828a01613edd565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f5f5f5f60e08b8d0312156143eb575f5ffd5b8a35995060208b0135985060408b0135975060608b013567ffffffffffffffff811115614416575f5ffd5b6144228d828e01613edd565b90985096505060808b0135945060a08b013567ffffffffffffffff811115614448575f5ffd5b6144548d828e01613edd565b90955093505060c08b013567ffffffffffffffff811115614473575f5ffd5b61447f8d828e01613edd565b915080935050809150509295989b9194979a5092959850565b5f5f5f5f606085870312156144ab575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156144cf575f5ffd5b6144db87828801613edd565b95989497509550505050565b73ffffffffffffffffffffffffffffffffffffffff81168114614508575f5ffd5b50565b5f6020828403121561451b575f5ffd5b81356135e7816144e7565b5f5f5f5f5f5f60a0878903121561453b575f5ffd5b86359550602087013567ffffffffffffffff811115614558575f5ffd5b61456489828a01613e98565b979a90995096976040810135976060820135975060809091013595509350505050565b5f5f5f60408486031215614599575f5ffd5b83359250602084013567ffffffffffffffff8111156145b6575f5ffd5b6145c286828701613e98565b9497909650939450505050565b5f5f5f5f5f5f5f5f5f60c08a8c0312156145e7575f5ffd5b8935985060208a013567ffffffffffffffff811115614604575f5ffd5b6146108c828d01613e98565b90995097505060408a0135955060608a013567ffffffffffffffff811115614636575f5ffd5b6146428c828d01613e98565b90965094505060808a0135925060a08a013567ffffffffffffffff811115614668575f5ffd5b6146748c828d01613edd565b915080935050809150509295985092959850929598565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156121d9576121d961469a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115614734575f5ffd5b8260051b80858437919091019392505050565b8183525f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115614777575f5ffd5b8260051b80836020870137939093016020019392505050565b67ffffffffffffffff8616815267ffffffffffffffff85166020820152836040820152608060608201525f6147c9608083018486614747565b979650505050505050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614807575f5ffd5b83018035915067ffffffffffffffff821115614821575f5ffd5b602001915036819003821315613ed6575f5ffd5b61ffff85168152836020820152606060408201525f612e26606083018486614747565b60ff8516815267ffffffffffffffff84166020820152606060408201525f612e26606083018486614747565b805161488f816144e7565b919050565b805167ffffffffffffffff8116811461488f575f5ffd5b5f5f5f5f608085870312156148be575f5ffd5b84516148c9816144e7565b60208601516040870151919550935091506148e660608601614894565b905092959194509250565b5f5f1982036149025761490261469a565b5060010190565b838152604060208201525f614922604083018486614747565b95945050505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051610140810167ffffffffffffffff811182821017156149a1577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b80516004811061488f575f5ffd5b805161ffff8116811461488f575f5ffd5b5f6101408284031280156149d8575f5ffd5b506149e1614958565b8251815260208084015190820152604080840151908201526060808401519082015260808084015190820152614a1960a08401614884565b60a0820152614a2a60c08401614894565b60c0820152614a3b60e08401614894565b60e0820152614a4d61010084016149a7565b610100820152614a6061012084016149b5565b6101208201529392505050565b80357fffffffffffffffffffffffffffffffff00000000000000000000000000000000811690601084101561212b577fffffffffffffffffffffffffffffffff00000000000000000000000000000000808560100360031b1b82161691505092915050565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b602081525f6130ea602083018486614ad2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82614b4957614b49614b0e565b500490565b5f82614b5c57614b5c614b0e565b500690565b80820281158282048414176121d9576121d961469a565b808201808211156121d9576121d961469a565b5f5f85851115614b99575f5ffd5b83861115614ba5575f5ffd5b5050820193919092039150565b80357fffff000000000000000000000000000000000000000000000000000000000000811690600284101561212b577fffff000000000000000000000000000000000000000000000000000000000000808560020360031b1b82161691505092915050565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1833603018112614c49575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614c86575f5ffd5b83018035915067ffffffffffffffff821115614ca0575f5ffd5b6020019150600581901b3603821315613ed6575f5ffd5b5f60208284031215614cc7575f5ffd5b5051919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b8215158152604060208201525f6130ea6040830184614cce565b5f60208284031215614d26575f5ffd5b81516135e7816144e7565b604081525f614d436040830185614cce565b90508260208301529392505050565b803560ff8116811461488f575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112614d95575f5ffd5b830160208101925035905067ffffffffffffffff811115614db4575f5ffd5b8060051b3603821315613ed6575f5ffd5b5f8383855260208501945060208460051b820101835f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1863603015b87821015614eda57601f198585030189528235818112614e1f575f5ffd5b8701803585526020810135368290037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1018112614e5a575f5ffd5b810160208101903567ffffffffffffffff811115614e76575f5ffd5b803603821315614e84575f5ffd5b60606020880152614e99606088018284614ad2565b915050614ea96040830183614d62565b92508682036040880152614ebe828483614747565b9650505050602083019250602089019850600182019150614e01565b5091979650505050505050565b5f8383855260208501945060208460051b820101835f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1863603015b87821015614eda57601f198585030189528235818112614f41575f5ffd5b87018035368290037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01018112614f75575f5ffd5b60408652810160ff614f8682614d52565b16604087015260ff614f9a60208301614d52565b16606087015260808601604082015f5b6004811015614fdd57813563ffffffff8116808214614fc7575f5ffd5b8452506020928301929190910190600101614faa565b50505060c0810135610100870152614ff860e0820182614d62565b915061010061012088015261501261014088018383614747565b9150506150226020830183614d62565b92508682036020880152615037828483614dc5565b9650505050602083019250602089019850600182019150614f23565b8a815289602082015261016060408201525f61507461016083018a8c614ad2565b60ff8916606084015260ff8816608084015260a08301875f5b60048110156150b257815163ffffffff1683526020928301929091019060010161508d565b505050856101208401528281036101408401526150d0818587614ee7565b9d9c50505050505050505050505050565b5f602082840312156150f1575f5ffd5b6135e782614d5256",
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	abi abi.ABI
}

// NewDisputeGame creates a new instance of DisputeGame.
func NewDisputeGame() *DisputeGame {
	parsed, err := DisputeGameMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisputeGame{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisputeGame) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address results, address providers, address verifier_, uint256 challengerBond_, uint256 slashAmount_, uint256 rewardBps_, uint256 clockDuration_) returns()
func (disputeGame *DisputeGame) PackConstructor(results common.Address, providers common.Address, verifier_ common.Address, challengerBond_ *big.Int, slashAmount_ *big.Int, rewardBps_ *big.Int, clockDuration_ *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("", results, providers, verifier_, challengerBond_, slashAmount_, rewardBps_, clockDuration_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (disputeGame *DisputeGame) PackBPS() []byte {
	enc, err := disputeGame.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackBPS() ([]byte, error) {
	return disputeGame.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (disputeGame *DisputeGame) PackBURNADDRESS() []byte {
	enc, err := disputeGame.abi.Pack("BURN_ADDRESS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBURNADDRESS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfccc2813.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (disputeGame *DisputeGame) TryPackBURNADDRESS() ([]byte, error) {
	return disputeGame.abi.Pack("BURN_ADDRESS")
}

// UnpackBURNADDRESS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfccc2813.
//
// Solidity: function BURN_ADDRESS() view returns(address)
func (disputeGame *DisputeGame) UnpackBURNADDRESS(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("BURN_ADDRESS", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa932492f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function K() view returns(uint256)
func (disputeGame *DisputeGame) PackK() []byte {
	enc, err := disputeGame.abi.Pack("K")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa932492f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function K() view returns(uint256)
func (disputeGame *DisputeGame) TryPackK() ([]byte, error) {
	return disputeGame.abi.Pack("K")
}

// UnpackK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa932492f.
//
// Solidity: function K() view returns(uint256)
func (disputeGame *DisputeGame) UnpackK(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("K", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXOUTPUTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37fa44be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_OUTPUTS() view returns(uint256)
func (disputeGame *DisputeGame) PackMAXOUTPUTS() []byte {
	enc, err := disputeGame.abi.Pack("MAX_OUTPUTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXOUTPUTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37fa44be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_OUTPUTS() view returns(uint256)
func (disputeGame *DisputeGame) TryPackMAXOUTPUTS() ([]byte, error) {
	return disputeGame.abi.Pack("MAX_OUTPUTS")
}

// UnpackMAXOUTPUTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37fa44be.
//
// Solidity: function MAX_OUTPUTS() view returns(uint256)
func (disputeGame *DisputeGame) UnpackMAXOUTPUTS(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("MAX_OUTPUTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19f2c08b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bisect(uint256 gameId, bytes32[] theirs, uint256 t, bytes32 mine, bytes32[] next) returns()
func (disputeGame *DisputeGame) PackBisect(gameId *big.Int, theirs [][32]byte, t *big.Int, mine [32]byte, next [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("bisect", gameId, theirs, t, mine, next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBisect is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x19f2c08b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bisect(uint256 gameId, bytes32[] theirs, uint256 t, bytes32 mine, bytes32[] next) returns()
func (disputeGame *DisputeGame) TryPackBisect(gameId *big.Int, theirs [][32]byte, t *big.Int, mine [32]byte, next [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("bisect", gameId, theirs, t, mine, next)
}

// PackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengerBond() view returns(uint256)
func (disputeGame *DisputeGame) PackChallengerBond() []byte {
	enc, err := disputeGame.abi.Pack("challengerBond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengerBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68ccdc86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengerBond() view returns(uint256)
func (disputeGame *DisputeGame) TryPackChallengerBond() ([]byte, error) {
	return disputeGame.abi.Pack("challengerBond")
}

// UnpackChallengerBond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68ccdc86.
//
// Solidity: function challengerBond() view returns(uint256)
func (disputeGame *DisputeGame) UnpackChallengerBond(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("challengerBond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClockDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad61d249.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clockDuration() view returns(uint256)
func (disputeGame *DisputeGame) PackClockDuration() []byte {
	enc, err := disputeGame.abi.Pack("clockDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClockDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad61d249.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clockDuration() view returns(uint256)
func (disputeGame *DisputeGame) TryPackClockDuration() ([]byte, error) {
	return disputeGame.abi.Pack("clockDuration")
}

// UnpackClockDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad61d249.
//
// Solidity: function clockDuration() view returns(uint256)
func (disputeGame *DisputeGame) UnpackClockDuration(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("clockDuration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4510f440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function clocks(uint256 gameId) view returns(uint256 executorLeft, uint256 challengerLeft)
func (disputeGame *DisputeGame) PackClocks(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("clocks", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClocks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4510f440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function clocks(uint256 gameId) view returns(uint256 executorLeft, uint256 challengerLeft)
func (disputeGame *DisputeGame) TryPackClocks(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("clocks", gameId)
}

// ClocksOutput serves as a container for the return parameters of contract
// method Clocks.
type ClocksOutput struct {
	ExecutorLeft   *big.Int
	ChallengerLeft *big.Int
}

// UnpackClocks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4510f440.
//
// Solidity: function clocks(uint256 gameId) view returns(uint256 executorLeft, uint256 challengerLeft)
func (disputeGame *DisputeGame) UnpackClocks(data []byte) (ClocksOutput, error) {
	out, err := disputeGame.abi.Unpack("clocks", data)
	outstruct := new(ClocksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.ExecutorLeft = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ChallengerLeft = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDescend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x367bc934.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function descend(uint256 gameId, uint256 j, bytes32 theirs, bytes32[] theirSiblings, bytes32 mine, bytes32[] mySiblings, bytes32[] next) returns()
func (disputeGame *DisputeGame) PackDescend(gameId *big.Int, j *big.Int, theirs [32]byte, theirSiblings [][32]byte, mine [32]byte, mySiblings [][32]byte, next [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("descend", gameId, j, theirs, theirSiblings, mine, mySiblings, next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x367bc934.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function descend(uint256 gameId, uint256 j, bytes32 theirs, bytes32[] theirSiblings, bytes32 mine, bytes32[] mySiblings, bytes32[] next) returns()
func (disputeGame *DisputeGame) TryPackDescend(gameId *big.Int, j *big.Int, theirs [32]byte, theirSiblings [][32]byte, mine [32]byte, mySiblings [][32]byte, next [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("descend", gameId, j, theirs, theirSiblings, mine, mySiblings, next)
}

// PackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) PackGameCount() []byte {
	enc, err := disputeGame.abi.Pack("gameCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d1975b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackGameCount() ([]byte, error) {
	return disputeGame.abi.Pack("gameCount")
}

// UnpackGameCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackGameCount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("gameCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117a5b90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function games(uint256 gameId) view returns((uint256,address,address,uint8,bool,uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint8,uint8,uint64,uint64,uint16,uint16,uint8,uint8,uint32[4]) v)
func (disputeGame *DisputeGame) PackGames(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("games", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGames is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x117a5b90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function games(uint256 gameId) view returns((uint256,address,address,uint8,bool,uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint8,uint8,uint64,uint64,uint16,uint16,uint8,uint8,uint32[4]) v)
func (disputeGame *DisputeGame) TryPackGames(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("games", gameId)
}

// UnpackGames is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x117a5b90.
//
// Solidity: function games(uint256 gameId) view returns((uint256,address,address,uint8,bool,uint64,uint64,uint64,uint64,uint64,bytes32,bytes32,bytes32,bytes32,uint8,uint8,uint64,uint64,uint16,uint16,uint8,uint8,uint32[4]) v)
func (disputeGame *DisputeGame) UnpackGames(data []byte) (IDisputeGameGameView, error) {
	out, err := disputeGame.abi.Unpack("games", data)
	if err != nil {
		return *new(IDisputeGameGameView), err
	}
	out0 := *abi.ConvertType(out[0], new(IDisputeGameGameView)).(*IDisputeGameGameView)
	return out0, nil
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5321d6ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(uint256 resultId, bytes32 claim, bytes32[] dissection) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) PackOpen(resultId *big.Int, claim [32]byte, dissection [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("open", resultId, claim, dissection)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5321d6ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(uint256 resultId, bytes32 claim, bytes32[] dissection) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) TryPackOpen(resultId *big.Int, claim [32]byte, dissection [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("open", resultId, claim, dissection)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5321d6ed.
//
// Solidity: function open(uint256 resultId, bytes32 claim, bytes32[] dissection) payable returns(uint256 gameId)
func (disputeGame *DisputeGame) UnpackOpen(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("open", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayouts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65bcfbe7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payouts(address ) view returns(uint256)
func (disputeGame *DisputeGame) PackPayouts(arg0 common.Address) []byte {
	enc, err := disputeGame.abi.Pack("payouts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayouts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65bcfbe7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payouts(address ) view returns(uint256)
func (disputeGame *DisputeGame) TryPackPayouts(arg0 common.Address) ([]byte, error) {
	return disputeGame.abi.Pack("payouts", arg0)
}

// UnpackPayouts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65bcfbe7.
//
// Solidity: function payouts(address ) view returns(uint256)
func (disputeGame *DisputeGame) UnpackPayouts(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("payouts", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProveElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03551bca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveElement(uint256 gameId, bytes chunk, uint256 j, bytes record, ((uint8,uint8,uint32[4],bytes32,bytes32[]),(uint256,bytes,bytes32[])[])[] inputs) returns()
func (disputeGame *DisputeGame) PackProveElement(gameId *big.Int, chunk []byte, j *big.Int, record []byte, inputs []InputWitness) []byte {
	enc, err := disputeGame.abi.Pack("proveElement", gameId, chunk, j, record, inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03551bca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveElement(uint256 gameId, bytes chunk, uint256 j, bytes record, ((uint8,uint8,uint32[4],bytes32,bytes32[]),(uint256,bytes,bytes32[])[])[] inputs) returns()
func (disputeGame *DisputeGame) TryPackProveElement(gameId *big.Int, chunk []byte, j *big.Int, record []byte, inputs []InputWitness) ([]byte, error) {
	return disputeGame.abi.Pack("proveElement", gameId, chunk, j, record, inputs)
}

// PackProveOutputRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b2961e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveOutputRoot(uint256 resultId, bytes header, bytes32 slotsHash, bytes outputs, bytes32 opsRoot, (bytes32,bytes32[])[] slots) returns()
func (disputeGame *DisputeGame) PackProveOutputRoot(resultId *big.Int, header []byte, slotsHash [32]byte, outputs []byte, opsRoot [32]byte, slots []SlotProof) []byte {
	enc, err := disputeGame.abi.Pack("proveOutputRoot", resultId, header, slotsHash, outputs, opsRoot, slots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveOutputRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7b2961e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveOutputRoot(uint256 resultId, bytes header, bytes32 slotsHash, bytes outputs, bytes32 opsRoot, (bytes32,bytes32[])[] slots) returns()
func (disputeGame *DisputeGame) TryPackProveOutputRoot(resultId *big.Int, header []byte, slotsHash [32]byte, outputs []byte, opsRoot [32]byte, slots []SlotProof) ([]byte, error) {
	return disputeGame.abi.Pack("proveOutputRoot", resultId, header, slotsHash, outputs, opsRoot, slots)
}

// PackProveStepCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb09d83f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveStepCount(uint256 resultId, bytes header, bytes32 slotsHash, bytes32 outputsHash, bytes32 opsRoot) returns()
func (disputeGame *DisputeGame) PackProveStepCount(resultId *big.Int, header []byte, slotsHash [32]byte, outputsHash [32]byte, opsRoot [32]byte) []byte {
	enc, err := disputeGame.abi.Pack("proveStepCount", resultId, header, slotsHash, outputsHash, opsRoot)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveStepCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb09d83f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveStepCount(uint256 resultId, bytes header, bytes32 slotsHash, bytes32 outputsHash, bytes32 opsRoot) returns()
func (disputeGame *DisputeGame) TryPackProveStepCount(resultId *big.Int, header []byte, slotsHash [32]byte, outputsHash [32]byte, opsRoot [32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("proveStepCount", resultId, header, slotsHash, outputsHash, opsRoot)
}

// PackProviderRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545921d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerRegistry() view returns(address)
func (disputeGame *DisputeGame) PackProviderRegistry() []byte {
	enc, err := disputeGame.abi.Pack("providerRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x545921d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerRegistry() view returns(address)
func (disputeGame *DisputeGame) TryPackProviderRegistry() ([]byte, error) {
	return disputeGame.abi.Pack("providerRegistry")
}

// UnpackProviderRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x545921d9.
//
// Solidity: function providerRegistry() view returns(address)
func (disputeGame *DisputeGame) UnpackProviderRegistry(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("providerRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackResolveLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4af53fd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resolveLeaf(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackResolveLeaf(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("resolveLeaf", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResolveLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4af53fd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resolveLeaf(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackResolveLeaf(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("resolveLeaf", gameId)
}

// PackResultRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0f6d5a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultRegistry() view returns(address)
func (disputeGame *DisputeGame) PackResultRegistry() []byte {
	enc, err := disputeGame.abi.Pack("resultRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd0f6d5a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultRegistry() view returns(address)
func (disputeGame *DisputeGame) TryPackResultRegistry() ([]byte, error) {
	return disputeGame.abi.Pack("resultRegistry")
}

// UnpackResultRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd0f6d5a9.
//
// Solidity: function resultRegistry() view returns(address)
func (disputeGame *DisputeGame) UnpackResultRegistry(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("resultRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRevealChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf475a4c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealChunk(uint256 gameId, bytes chunk) returns()
func (disputeGame *DisputeGame) PackRevealChunk(gameId *big.Int, chunk []byte) []byte {
	enc, err := disputeGame.abi.Pack("revealChunk", gameId, chunk)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealChunk is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf475a4c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealChunk(uint256 gameId, bytes chunk) returns()
func (disputeGame *DisputeGame) TryPackRevealChunk(gameId *big.Int, chunk []byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealChunk", gameId, chunk)
}

// PackRevealWrite is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x316e8d2c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revealWrite(uint256 gameId, (bytes,bytes,bytes32,bytes32,bytes32[]) op, (uint8,uint8,uint32[4],bytes32,bytes32[]) out, bytes32 dataRoot, bytes32[] desc) returns()
func (disputeGame *DisputeGame) PackRevealWrite(gameId *big.Int, op OpProof, out SlotWitness, dataRoot [32]byte, desc [][32]byte) []byte {
	enc, err := disputeGame.abi.Pack("revealWrite", gameId, op, out, dataRoot, desc)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevealWrite is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x316e8d2c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revealWrite(uint256 gameId, (bytes,bytes,bytes32,bytes32,bytes32[]) op, (uint8,uint8,uint32[4],bytes32,bytes32[]) out, bytes32 dataRoot, bytes32[] desc) returns()
func (disputeGame *DisputeGame) TryPackRevealWrite(gameId *big.Int, op OpProof, out SlotWitness, dataRoot [32]byte, desc [][32]byte) ([]byte, error) {
	return disputeGame.abi.Pack("revealWrite", gameId, op, out, dataRoot, desc)
}

// PackRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82328ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardBps() view returns(uint256)
func (disputeGame *DisputeGame) PackRewardBps() []byte {
	enc, err := disputeGame.abi.Pack("rewardBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82328ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardBps() view returns(uint256)
func (disputeGame *DisputeGame) TryPackRewardBps() ([]byte, error) {
	return disputeGame.abi.Pack("rewardBps")
}

// UnpackRewardBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82328ffc.
//
// Solidity: function rewardBps() view returns(uint256)
func (disputeGame *DisputeGame) UnpackRewardBps(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("rewardBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashAmount() view returns(uint256)
func (disputeGame *DisputeGame) PackSlashAmount() []byte {
	enc, err := disputeGame.abi.Pack("slashAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashAmount() view returns(uint256)
func (disputeGame *DisputeGame) TryPackSlashAmount() ([]byte, error) {
	return disputeGame.abi.Pack("slashAmount")
}

// UnpackSlashAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8802834e.
//
// Solidity: function slashAmount() view returns(uint256)
func (disputeGame *DisputeGame) UnpackSlashAmount(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("slashAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) PackTimeout(gameId *big.Int) []byte {
	enc, err := disputeGame.abi.Pack("timeout", gameId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTimeout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08148f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function timeout(uint256 gameId) returns()
func (disputeGame *DisputeGame) TryPackTimeout(gameId *big.Int) ([]byte, error) {
	return disputeGame.abi.Pack("timeout", gameId)
}

// PackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBurned() view returns(uint256)
func (disputeGame *DisputeGame) PackTotalBurned() []byte {
	enc, err := disputeGame.abi.Pack("totalBurned")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBurned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd89135cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBurned() view returns(uint256)
func (disputeGame *DisputeGame) TryPackTotalBurned() ([]byte, error) {
	return disputeGame.abi.Pack("totalBurned")
}

// UnpackTotalBurned is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd89135cd.
//
// Solidity: function totalBurned() view returns(uint256)
func (disputeGame *DisputeGame) UnpackTotalBurned(data []byte) (*big.Int, error) {
	out, err := disputeGame.abi.Unpack("totalBurned", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) PackVerifier() []byte {
	enc, err := disputeGame.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) TryPackVerifier() ([]byte, error) {
	return disputeGame.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (disputeGame *DisputeGame) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := disputeGame.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c0e841.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawPayout() returns()
func (disputeGame *DisputeGame) PackWithdrawPayout() []byte {
	enc, err := disputeGame.abi.Pack("withdrawPayout")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06c0e841.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawPayout() returns()
func (disputeGame *DisputeGame) TryPackWithdrawPayout() ([]byte, error) {
	return disputeGame.abi.Pack("withdrawPayout")
}

// DisputeGameBisected represents a Bisected event raised by the DisputeGame contract.
type DisputeGameBisected struct {
	GameId *big.Int
	Mover  common.Address
	A      uint64
	B      uint64
	Mine   [32]byte
	Next   [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameBisectedEventName = "Bisected"

// ContractEventName returns the user-defined event name.
func (DisputeGameBisected) ContractEventName() string {
	return DisputeGameBisectedEventName
}

// UnpackBisectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bisected(uint256 indexed gameId, address indexed mover, uint64 a, uint64 b, bytes32 mine, bytes32[] next)
func (disputeGame *DisputeGame) UnpackBisectedEvent(log *types.Log) (*DisputeGameBisected, error) {
	event := "Bisected"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameBisected)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameChunkRevealed represents a ChunkRevealed event raised by the DisputeGame contract.
type DisputeGameChunkRevealed struct {
	GameId *big.Int
	Chunk  []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameChunkRevealedEventName = "ChunkRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameChunkRevealed) ContractEventName() string {
	return DisputeGameChunkRevealedEventName
}

// UnpackChunkRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChunkRevealed(uint256 indexed gameId, bytes chunk)
func (disputeGame *DisputeGame) UnpackChunkRevealedEvent(log *types.Log) (*DisputeGameChunkRevealed, error) {
	event := "ChunkRevealed"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameChunkRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameDescended represents a Descended event raised by the DisputeGame contract.
type DisputeGameDescended struct {
	GameId *big.Int
	Mover  common.Address
	Level  uint8
	Index  uint64
	Next   [][32]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisputeGameDescendedEventName = "Descended"

// ContractEventName returns the user-defined event name.
func (DisputeGameDescended) ContractEventName() string {
	return DisputeGameDescendedEventName
}

// UnpackDescendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Descended(uint256 indexed gameId, address indexed mover, uint8 level, uint64 index, bytes32[] next)
func (disputeGame *DisputeGame) UnpackDescendedEvent(log *types.Log) (*DisputeGameDescended, error) {
	event := "Descended"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameDescended)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameDirectProof represents a DirectProof event raised by the DisputeGame contract.
type DisputeGameDirectProof struct {
	ResultId *big.Int
	Prover   common.Address
	Kind     string
	Slashed  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameDirectProofEventName = "DirectProof"

// ContractEventName returns the user-defined event name.
func (DisputeGameDirectProof) ContractEventName() string {
	return DisputeGameDirectProofEventName
}

// UnpackDirectProofEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DirectProof(uint256 indexed resultId, address indexed prover, string kind, uint256 slashed)
func (disputeGame *DisputeGame) UnpackDirectProofEvent(log *types.Log) (*DisputeGameDirectProof, error) {
	event := "DirectProof"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameDirectProof)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameGameOpened represents a GameOpened event raised by the DisputeGame contract.
type DisputeGameGameOpened struct {
	GameId     *big.Int
	ResultId   *big.Int
	Challenger common.Address
	Claim      [32]byte
	Dissection [][32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameOpenedEventName = "GameOpened"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameOpened) ContractEventName() string {
	return DisputeGameGameOpenedEventName
}

// UnpackGameOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameOpened(uint256 indexed gameId, uint256 indexed resultId, address indexed challenger, bytes32 claim, bytes32[] dissection)
func (disputeGame *DisputeGame) UnpackGameOpenedEvent(log *types.Log) (*DisputeGameGameOpened, error) {
	event := "GameOpened"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameGameOpened)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameGameResolved represents a GameResolved event raised by the DisputeGame contract.
type DisputeGameGameResolved struct {
	GameId      *big.Int
	ResultId    *big.Int
	ExecutorWon bool
	Reason      string
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisputeGameGameResolvedEventName = "GameResolved"

// ContractEventName returns the user-defined event name.
func (DisputeGameGameResolved) ContractEventName() string {
	return DisputeGameGameResolvedEventName
}

// UnpackGameResolvedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GameResolved(uint256 indexed gameId, uint256 indexed resultId, bool executorWon, string reason)
func (disputeGame *DisputeGame) UnpackGameResolvedEvent(log *types.Log) (*DisputeGameGameResolved, error) {
	event := "GameResolved"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameGameResolved)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGamePayoutWithdrawn represents a PayoutWithdrawn event raised by the DisputeGame contract.
type DisputeGamePayoutWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisputeGamePayoutWithdrawnEventName = "PayoutWithdrawn"

// ContractEventName returns the user-defined event name.
func (DisputeGamePayoutWithdrawn) ContractEventName() string {
	return DisputeGamePayoutWithdrawnEventName
}

// UnpackPayoutWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutWithdrawn(address indexed account, uint256 amount)
func (disputeGame *DisputeGame) UnpackPayoutWithdrawnEvent(log *types.Log) (*DisputeGamePayoutWithdrawn, error) {
	event := "PayoutWithdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGamePayoutWithdrawn)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisputeGameWriteRevealed represents a WriteRevealed event raised by the DisputeGame contract.
type DisputeGameWriteRevealed struct {
	GameId   *big.Int
	Mover    common.Address
	OutSlot  uint16
	DataRoot [32]byte
	Desc     [][32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const DisputeGameWriteRevealedEventName = "WriteRevealed"

// ContractEventName returns the user-defined event name.
func (DisputeGameWriteRevealed) ContractEventName() string {
	return DisputeGameWriteRevealedEventName
}

// UnpackWriteRevealedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WriteRevealed(uint256 indexed gameId, address indexed mover, uint16 outSlot, bytes32 dataRoot, bytes32[] desc)
func (disputeGame *DisputeGame) UnpackWriteRevealedEvent(log *types.Log) (*DisputeGameWriteRevealed, error) {
	event := "WriteRevealed"
	if len(log.Topics) == 0 || log.Topics[0] != disputeGame.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(DisputeGameWriteRevealed)
	if len(log.Data) > 0 {
		if err := disputeGame.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disputeGame.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (disputeGame *DisputeGame) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadChunkCount"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadChunkCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadChunkWitness"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadChunkWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadConcat"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadConcatError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadDType"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadDTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadDescendants"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadDescendantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadDissectionLength"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadDissectionLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadHeader"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadMyProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadMyProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOpProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOpProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOperandType"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOperandTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOutSlotWitness"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOutSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOutputType"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOutputTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadOutputs"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadOutputsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadPerm"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadPermError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadRequantParams"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadRequantParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadShape"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadSiblings"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadSiblingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadSliceStart"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadSliceStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadSlotProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadSlotProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadSlotWitness"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadSteps"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["BadTheirProof"].ID.Bytes()[:4]) {
		return disputeGame.UnpackBadTheirProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["CannotPost"].ID.Bytes()[:4]) {
		return disputeGame.UnpackCannotPostError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ChunkMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackChunkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClaimMatchesFinalState"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClaimMatchesFinalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return disputeGame.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["DisputeGameAlreadySet"].ID.Bytes()[:4]) {
		return disputeGame.UnpackDisputeGameAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["DisputeGameNotSet"].ID.Bytes()[:4]) {
		return disputeGame.UnpackDisputeGameNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["DissectionMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackDissectionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["EmptyRow"].ID.Bytes()[:4]) {
		return disputeGame.UnpackEmptyRowError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return disputeGame.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return disputeGame.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["LeafBeyondTensor"].ID.Bytes()[:4]) {
		return disputeGame.UnpackLeafBeyondTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["LeafWithinTensor"].ID.Bytes()[:4]) {
		return disputeGame.UnpackLeafWithinTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NonCanonicalOp"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNonCanonicalOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotUnbonding"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return disputeGame.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["OutputRootMatches"].ID.Bytes()[:4]) {
		return disputeGame.UnpackOutputRootMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["OutputTypeMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackOutputTypeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ProgramRootMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackProgramRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ProviderUnbonding"].ID.Bytes()[:4]) {
		return disputeGame.UnpackProviderUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["RecordMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return disputeGame.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["RootsAgree"].ID.Bytes()[:4]) {
		return disputeGame.UnpackRootsAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return disputeGame.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["StepCountMatches"].ID.Bytes()[:4]) {
		return disputeGame.UnpackStepCountMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return disputeGame.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return disputeGame.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnbondingDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnbondingNotElapsed"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnbondingNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnknownOpcode"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnknownOpcodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["UnknownResult"].ID.Bytes()[:4]) {
		return disputeGame.UnpackUnknownResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ValuesAgree"].ID.Bytes()[:4]) {
		return disputeGame.UnpackValuesAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongInputCount"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return disputeGame.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return disputeGame.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], disputeGame.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return disputeGame.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisputeGameBadChunkCount represents a BadChunkCount error raised by the DisputeGame contract.
type DisputeGameBadChunkCount struct {
	Operand *big.Int
	Want    *big.Int
	Got     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func DisputeGameBadChunkCountErrorID() common.Hash {
	return common.HexToHash("0x90ca1396e8087c2796c999f7212bbb7f15dea83f089e2351980ded77d8a9fbfd")
}

// UnpackBadChunkCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func (disputeGame *DisputeGame) UnpackBadChunkCountError(raw []byte) (*DisputeGameBadChunkCount, error) {
	out := new(DisputeGameBadChunkCount)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadChunkCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadChunkWitness represents a BadChunkWitness error raised by the DisputeGame contract.
type DisputeGameBadChunkWitness struct {
	Operand  *big.Int
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func DisputeGameBadChunkWitnessErrorID() common.Hash {
	return common.HexToHash("0x41acd20f79278986bbe679aa457372f86255a616daee1eb1ac149d95c25c6d17")
}

// UnpackBadChunkWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func (disputeGame *DisputeGame) UnpackBadChunkWitnessError(raw []byte) (*DisputeGameBadChunkWitness, error) {
	out := new(DisputeGameBadChunkWitness)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadChunkWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadConcat represents a BadConcat error raised by the DisputeGame contract.
type DisputeGameBadConcat struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConcat()
func DisputeGameBadConcatErrorID() common.Hash {
	return common.HexToHash("0x65c88c69502cfd8974eaaa727ec1f73ecd628eee6210552833c3ad3c43d930ec")
}

// UnpackBadConcatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConcat()
func (disputeGame *DisputeGame) UnpackBadConcatError(raw []byte) (*DisputeGameBadConcat, error) {
	out := new(DisputeGameBadConcat)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadConcat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadDType represents a BadDType error raised by the DisputeGame contract.
type DisputeGameBadDType struct {
	Dtype uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDType(uint8 dtype)
func DisputeGameBadDTypeErrorID() common.Hash {
	return common.HexToHash("0x474af581c9f4508db6e894760e299b2238a7fd4f0ae92c14e53bc1876ea7e4cf")
}

// UnpackBadDTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDType(uint8 dtype)
func (disputeGame *DisputeGame) UnpackBadDTypeError(raw []byte) (*DisputeGameBadDType, error) {
	out := new(DisputeGameBadDType)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadDType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadDescendants represents a BadDescendants error raised by the DisputeGame contract.
type DisputeGameBadDescendants struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDescendants()
func DisputeGameBadDescendantsErrorID() common.Hash {
	return common.HexToHash("0x949bbe773327e26c4e8fd26e856b48b731cde056dd60f597daec55d20c33e2de")
}

// UnpackBadDescendantsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDescendants()
func (disputeGame *DisputeGame) UnpackBadDescendantsError(raw []byte) (*DisputeGameBadDescendants, error) {
	out := new(DisputeGameBadDescendants)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadDescendants", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadDissectionLength represents a BadDissectionLength error raised by the DisputeGame contract.
type DisputeGameBadDissectionLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func DisputeGameBadDissectionLengthErrorID() common.Hash {
	return common.HexToHash("0x4182afc3c35e6411b817690690fff384193b0de9d97d9c21f4b7693c2c010dde")
}

// UnpackBadDissectionLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func (disputeGame *DisputeGame) UnpackBadDissectionLengthError(raw []byte) (*DisputeGameBadDissectionLength, error) {
	out := new(DisputeGameBadDissectionLength)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadDissectionLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadHeader represents a BadHeader error raised by the DisputeGame contract.
type DisputeGameBadHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHeader()
func DisputeGameBadHeaderErrorID() common.Hash {
	return common.HexToHash("0x451b7cffd5afdd96a51fe8544f5ec6ffb29228bad9c3d25b5d9e4bcb05191f5c")
}

// UnpackBadHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHeader()
func (disputeGame *DisputeGame) UnpackBadHeaderError(raw []byte) (*DisputeGameBadHeader, error) {
	out := new(DisputeGameBadHeader)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadIndex represents a BadIndex error raised by the DisputeGame contract.
type DisputeGameBadIndex struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func DisputeGameBadIndexErrorID() common.Hash {
	return common.HexToHash("0x8c69f30ce613cf00078ce65567d04f6ba6644d72f86972d0dcec9a39d9b2661d")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func (disputeGame *DisputeGame) UnpackBadIndexError(raw []byte) (*DisputeGameBadIndex, error) {
	out := new(DisputeGameBadIndex)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadLength represents a BadLength error raised by the DisputeGame contract.
type DisputeGameBadLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func DisputeGameBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func (disputeGame *DisputeGame) UnpackBadLengthError(raw []byte) (*DisputeGameBadLength, error) {
	out := new(DisputeGameBadLength)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadMyProof represents a BadMyProof error raised by the DisputeGame contract.
type DisputeGameBadMyProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMyProof()
func DisputeGameBadMyProofErrorID() common.Hash {
	return common.HexToHash("0xf62f086af5d8650c1c0ab6f288cdd288b0bc8834d2822169944799b1cfe8fe3d")
}

// UnpackBadMyProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMyProof()
func (disputeGame *DisputeGame) UnpackBadMyProofError(raw []byte) (*DisputeGameBadMyProof, error) {
	out := new(DisputeGameBadMyProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadMyProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOpProof represents a BadOpProof error raised by the DisputeGame contract.
type DisputeGameBadOpProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpProof()
func DisputeGameBadOpProofErrorID() common.Hash {
	return common.HexToHash("0xa44ae1248d24ac72d1b0ed1547ce2d02bcbe57925af3a8096031b97edc802fd9")
}

// UnpackBadOpProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpProof()
func (disputeGame *DisputeGame) UnpackBadOpProofError(raw []byte) (*DisputeGameBadOpProof, error) {
	out := new(DisputeGameBadOpProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOpProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOperandType represents a BadOperandType error raised by the DisputeGame contract.
type DisputeGameBadOperandType struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOperandType(uint256 operand)
func DisputeGameBadOperandTypeErrorID() common.Hash {
	return common.HexToHash("0x8c202a4c79d879cfd756b3f9f81dc2da46ceefd4da60f678475fc28df603801b")
}

// UnpackBadOperandTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOperandType(uint256 operand)
func (disputeGame *DisputeGame) UnpackBadOperandTypeError(raw []byte) (*DisputeGameBadOperandType, error) {
	out := new(DisputeGameBadOperandType)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOperandType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOutSlotWitness represents a BadOutSlotWitness error raised by the DisputeGame contract.
type DisputeGameBadOutSlotWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutSlotWitness()
func DisputeGameBadOutSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x610b1c19dabfa2373c42219c4a07a2f71e4bd41d04402832d9ba1ddb58ee582f")
}

// UnpackBadOutSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutSlotWitness()
func (disputeGame *DisputeGame) UnpackBadOutSlotWitnessError(raw []byte) (*DisputeGameBadOutSlotWitness, error) {
	out := new(DisputeGameBadOutSlotWitness)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOutSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOutputType represents a BadOutputType error raised by the DisputeGame contract.
type DisputeGameBadOutputType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputType()
func DisputeGameBadOutputTypeErrorID() common.Hash {
	return common.HexToHash("0x9af93d8d2a9a50f1121ef86631b556f7f3a3ed236ce8c70db2b3d270f62272bd")
}

// UnpackBadOutputTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputType()
func (disputeGame *DisputeGame) UnpackBadOutputTypeError(raw []byte) (*DisputeGameBadOutputType, error) {
	out := new(DisputeGameBadOutputType)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOutputType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadOutputs represents a BadOutputs error raised by the DisputeGame contract.
type DisputeGameBadOutputs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputs()
func DisputeGameBadOutputsErrorID() common.Hash {
	return common.HexToHash("0xb0e458baf2457c37b92f185a8090e699aa1fcb06cfb7531c6094548f98a6d336")
}

// UnpackBadOutputsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputs()
func (disputeGame *DisputeGame) UnpackBadOutputsError(raw []byte) (*DisputeGameBadOutputs, error) {
	out := new(DisputeGameBadOutputs)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadOutputs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadParameter represents a BadParameter error raised by the DisputeGame contract.
type DisputeGameBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func DisputeGameBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (disputeGame *DisputeGame) UnpackBadParameterError(raw []byte) (*DisputeGameBadParameter, error) {
	out := new(DisputeGameBadParameter)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadPerm represents a BadPerm error raised by the DisputeGame contract.
type DisputeGameBadPerm struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPerm()
func DisputeGameBadPermErrorID() common.Hash {
	return common.HexToHash("0x39083d1ae8938531d36fe63bfb2122cb2a7daf468f3607802008d71d5ccc0f0f")
}

// UnpackBadPermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPerm()
func (disputeGame *DisputeGame) UnpackBadPermError(raw []byte) (*DisputeGameBadPerm, error) {
	out := new(DisputeGameBadPerm)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadPerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadRequantParams represents a BadRequantParams error raised by the DisputeGame contract.
type DisputeGameBadRequantParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequantParams()
func DisputeGameBadRequantParamsErrorID() common.Hash {
	return common.HexToHash("0x8b8d32d339c2be40d08ac9ffe295f086adc1a41bc5d7d67dda6e6f8d85b58152")
}

// UnpackBadRequantParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequantParams()
func (disputeGame *DisputeGame) UnpackBadRequantParamsError(raw []byte) (*DisputeGameBadRequantParams, error) {
	out := new(DisputeGameBadRequantParams)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadRequantParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadShape represents a BadShape error raised by the DisputeGame contract.
type DisputeGameBadShape struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShape()
func DisputeGameBadShapeErrorID() common.Hash {
	return common.HexToHash("0xa9b0b665c066a999c509260ff6cd126c2955aa72a3118849c60570a20fe63bd7")
}

// UnpackBadShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShape()
func (disputeGame *DisputeGame) UnpackBadShapeError(raw []byte) (*DisputeGameBadShape, error) {
	out := new(DisputeGameBadShape)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadSiblings represents a BadSiblings error raised by the DisputeGame contract.
type DisputeGameBadSiblings struct {
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSiblings(uint256 want)
func DisputeGameBadSiblingsErrorID() common.Hash {
	return common.HexToHash("0x077bac6ae92853533860828207623dfeef2e005cbf8799420baf981cd1eb2206")
}

// UnpackBadSiblingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSiblings(uint256 want)
func (disputeGame *DisputeGame) UnpackBadSiblingsError(raw []byte) (*DisputeGameBadSiblings, error) {
	out := new(DisputeGameBadSiblings)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadSiblings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadSliceStart represents a BadSliceStart error raised by the DisputeGame contract.
type DisputeGameBadSliceStart struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSliceStart()
func DisputeGameBadSliceStartErrorID() common.Hash {
	return common.HexToHash("0x5ebf6b57f08a4180036c0d8cf093276c7b3109727cb5861003ab9de55f003127")
}

// UnpackBadSliceStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSliceStart()
func (disputeGame *DisputeGame) UnpackBadSliceStartError(raw []byte) (*DisputeGameBadSliceStart, error) {
	out := new(DisputeGameBadSliceStart)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadSliceStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadSlotProof represents a BadSlotProof error raised by the DisputeGame contract.
type DisputeGameBadSlotProof struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotProof(uint256 k)
func DisputeGameBadSlotProofErrorID() common.Hash {
	return common.HexToHash("0x41ecd08cd4f346d1f9df7f0efd0f0f2f0450e0ce0c5607b95e89522f312df53e")
}

// UnpackBadSlotProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotProof(uint256 k)
func (disputeGame *DisputeGame) UnpackBadSlotProofError(raw []byte) (*DisputeGameBadSlotProof, error) {
	out := new(DisputeGameBadSlotProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadSlotProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadSlotWitness represents a BadSlotWitness error raised by the DisputeGame contract.
type DisputeGameBadSlotWitness struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotWitness(uint256 operand)
func DisputeGameBadSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x75712bd260879d97a64518398dead5c5a593ce1fdd06edd72a0b6deb64e0a661")
}

// UnpackBadSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotWitness(uint256 operand)
func (disputeGame *DisputeGame) UnpackBadSlotWitnessError(raw []byte) (*DisputeGameBadSlotWitness, error) {
	out := new(DisputeGameBadSlotWitness)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadSteps represents a BadSteps error raised by the DisputeGame contract.
type DisputeGameBadSteps struct {
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSteps(uint64 steps)
func DisputeGameBadStepsErrorID() common.Hash {
	return common.HexToHash("0xc0c8e000524f023e1801e669c48c02c98267642aa736aaffe3ed00b77f60b2cb")
}

// UnpackBadStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSteps(uint64 steps)
func (disputeGame *DisputeGame) UnpackBadStepsError(raw []byte) (*DisputeGameBadSteps, error) {
	out := new(DisputeGameBadSteps)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameBadTheirProof represents a BadTheirProof error raised by the DisputeGame contract.
type DisputeGameBadTheirProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTheirProof()
func DisputeGameBadTheirProofErrorID() common.Hash {
	return common.HexToHash("0x971a9d5501f598cc0a922116ab005f2c0be9d534b2a92cb69af6c66b13c8ea1c")
}

// UnpackBadTheirProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTheirProof()
func (disputeGame *DisputeGame) UnpackBadTheirProofError(raw []byte) (*DisputeGameBadTheirProof, error) {
	out := new(DisputeGameBadTheirProof)
	if err := disputeGame.abi.UnpackIntoInterface(out, "BadTheirProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameCannotPost represents a CannotPost error raised by the DisputeGame contract.
type DisputeGameCannotPost struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotPost(address account)
func DisputeGameCannotPostErrorID() common.Hash {
	return common.HexToHash("0x93db927a3697f925f9d364b3e7964dbb908b156efbc53ac928c388eda5bf9ef5")
}

// UnpackCannotPostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotPost(address account)
func (disputeGame *DisputeGame) UnpackCannotPostError(raw []byte) (*DisputeGameCannotPost, error) {
	out := new(DisputeGameCannotPost)
	if err := disputeGame.abi.UnpackIntoInterface(out, "CannotPost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameChunkMismatch represents a ChunkMismatch error raised by the DisputeGame contract.
type DisputeGameChunkMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkMismatch()
func DisputeGameChunkMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d8a57957583db546cd0da1376e9c824d926cac283da37f8b852ef2d4c72c827")
}

// UnpackChunkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkMismatch()
func (disputeGame *DisputeGame) UnpackChunkMismatchError(raw []byte) (*DisputeGameChunkMismatch, error) {
	out := new(DisputeGameChunkMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ChunkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClaimMatchesFinalState represents a ClaimMatchesFinalState error raised by the DisputeGame contract.
type DisputeGameClaimMatchesFinalState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMatchesFinalState()
func DisputeGameClaimMatchesFinalStateErrorID() common.Hash {
	return common.HexToHash("0x6b2b76455aedc53789e4f8b4bddc22a3b00d0165e665df4b53c1db0094ee123c")
}

// UnpackClaimMatchesFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMatchesFinalState()
func (disputeGame *DisputeGame) UnpackClaimMatchesFinalStateError(raw []byte) (*DisputeGameClaimMatchesFinalState, error) {
	out := new(DisputeGameClaimMatchesFinalState)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClaimMatchesFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockExpired represents a ClockExpired error raised by the DisputeGame contract.
type DisputeGameClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func DisputeGameClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (disputeGame *DisputeGame) UnpackClockExpiredError(raw []byte) (*DisputeGameClockExpired, error) {
	out := new(DisputeGameClockExpired)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameClockRunning represents a ClockRunning error raised by the DisputeGame contract.
type DisputeGameClockRunning struct {
	GameId      *big.Int
	SecondsLeft *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func DisputeGameClockRunningErrorID() common.Hash {
	return common.HexToHash("0x19cd57f890326c671dd10f1829b78eb2f8128f2e3e14b04b20aa64368b18d6ba")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func (disputeGame *DisputeGame) UnpackClockRunningError(raw []byte) (*DisputeGameClockRunning, error) {
	out := new(DisputeGameClockRunning)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameDisputeGameAlreadySet represents a DisputeGameAlreadySet error raised by the DisputeGame contract.
type DisputeGameDisputeGameAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameAlreadySet()
func DisputeGameDisputeGameAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xb7c39afb8c0691a5266ec774d38b5c31a670d0e91323777cdbbe4a087ce9d6dc")
}

// UnpackDisputeGameAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameAlreadySet()
func (disputeGame *DisputeGame) UnpackDisputeGameAlreadySetError(raw []byte) (*DisputeGameDisputeGameAlreadySet, error) {
	out := new(DisputeGameDisputeGameAlreadySet)
	if err := disputeGame.abi.UnpackIntoInterface(out, "DisputeGameAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameDisputeGameNotSet represents a DisputeGameNotSet error raised by the DisputeGame contract.
type DisputeGameDisputeGameNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameNotSet()
func DisputeGameDisputeGameNotSetErrorID() common.Hash {
	return common.HexToHash("0x1fadc21ebf4c4f5e8e1c3b3f4bef7196ef30db58f4bb99bcef7c124bb2aad6ea")
}

// UnpackDisputeGameNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameNotSet()
func (disputeGame *DisputeGame) UnpackDisputeGameNotSetError(raw []byte) (*DisputeGameDisputeGameNotSet, error) {
	out := new(DisputeGameDisputeGameNotSet)
	if err := disputeGame.abi.UnpackIntoInterface(out, "DisputeGameNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameDissectionMismatch represents a DissectionMismatch error raised by the DisputeGame contract.
type DisputeGameDissectionMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DissectionMismatch()
func DisputeGameDissectionMismatchErrorID() common.Hash {
	return common.HexToHash("0xef203ff3eff70b4a1d2f74ec675a72c47af2c28eef99b13d44aa3cba011bebc1")
}

// UnpackDissectionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DissectionMismatch()
func (disputeGame *DisputeGame) UnpackDissectionMismatchError(raw []byte) (*DisputeGameDissectionMismatch, error) {
	out := new(DisputeGameDissectionMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "DissectionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameEmptyRow represents a EmptyRow error raised by the DisputeGame contract.
type DisputeGameEmptyRow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRow()
func DisputeGameEmptyRowErrorID() common.Hash {
	return common.HexToHash("0x42f063fabbd7b6f59fa5f71873cf8890164d6b73d4abbfc7de7bf0d569170eda")
}

// UnpackEmptyRowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRow()
func (disputeGame *DisputeGame) UnpackEmptyRowError(raw []byte) (*DisputeGameEmptyRow, error) {
	out := new(DisputeGameEmptyRow)
	if err := disputeGame.abi.UnpackIntoInterface(out, "EmptyRow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameGamesOpen represents a GamesOpen error raised by the DisputeGame contract.
type DisputeGameGamesOpen struct {
	ResultId  *big.Int
	OpenGames *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func DisputeGameGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x6ee5d4edde7c7effe3cb9c78c0c7763e7cd6d1c2da1557803d6d09fbdabab610")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func (disputeGame *DisputeGame) UnpackGamesOpenError(raw []byte) (*DisputeGameGamesOpen, error) {
	out := new(DisputeGameGamesOpen)
	if err := disputeGame.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameIndexOutOfRange represents a IndexOutOfRange error raised by the DisputeGame contract.
type DisputeGameIndexOutOfRange struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func DisputeGameIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func (disputeGame *DisputeGame) UnpackIndexOutOfRangeError(raw []byte) (*DisputeGameIndexOutOfRange, error) {
	out := new(DisputeGameIndexOutOfRange)
	if err := disputeGame.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameLeafBeyondTensor represents a LeafBeyondTensor error raised by the DisputeGame contract.
type DisputeGameLeafBeyondTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func DisputeGameLeafBeyondTensorErrorID() common.Hash {
	return common.HexToHash("0xb984ad1fb53b4ede9a613b2b4ff6835e8df3e0f3c144bbd01707d867fcf9f36b")
}

// UnpackLeafBeyondTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func (disputeGame *DisputeGame) UnpackLeafBeyondTensorError(raw []byte) (*DisputeGameLeafBeyondTensor, error) {
	out := new(DisputeGameLeafBeyondTensor)
	if err := disputeGame.abi.UnpackIntoInterface(out, "LeafBeyondTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameLeafWithinTensor represents a LeafWithinTensor error raised by the DisputeGame contract.
type DisputeGameLeafWithinTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func DisputeGameLeafWithinTensorErrorID() common.Hash {
	return common.HexToHash("0x1b394532cef70fe8e2ec4606addde6abda532a45b6b0263c1dfde0f6586a9f42")
}

// UnpackLeafWithinTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func (disputeGame *DisputeGame) UnpackLeafWithinTensorError(raw []byte) (*DisputeGameLeafWithinTensor, error) {
	out := new(DisputeGameLeafWithinTensor)
	if err := disputeGame.abi.UnpackIntoInterface(out, "LeafWithinTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameLengthMismatch represents a LengthMismatch error raised by the DisputeGame contract.
type DisputeGameLengthMismatch struct {
	XLen *big.Int
	YLen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func DisputeGameLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func (disputeGame *DisputeGame) UnpackLengthMismatchError(raw []byte) (*DisputeGameLengthMismatch, error) {
	out := new(DisputeGameLengthMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNoStake represents a NoStake error raised by the DisputeGame contract.
type DisputeGameNoStake struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake(address provider)
func DisputeGameNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1130b1ce18cb10fbd4d6f64d9f418607abff316a696a3f52066db33473248660")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake(address provider)
func (disputeGame *DisputeGame) UnpackNoStakeError(raw []byte) (*DisputeGameNoStake, error) {
	out := new(DisputeGameNoStake)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNonCanonicalOp represents a NonCanonicalOp error raised by the DisputeGame contract.
type DisputeGameNonCanonicalOp struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalOp()
func DisputeGameNonCanonicalOpErrorID() common.Hash {
	return common.HexToHash("0x973f39f40c7758f7c49cf2c9608889c3b2bdb95d33aaa7750f2536d7d5d9a305")
}

// UnpackNonCanonicalOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalOp()
func (disputeGame *DisputeGame) UnpackNonCanonicalOpError(raw []byte) (*DisputeGameNonCanonicalOp, error) {
	out := new(DisputeGameNonCanonicalOp)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NonCanonicalOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotDisputeGame represents a NotDisputeGame error raised by the DisputeGame contract.
type DisputeGameNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func DisputeGameNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (disputeGame *DisputeGame) UnpackNotDisputeGameError(raw []byte) (*DisputeGameNotDisputeGame, error) {
	out := new(DisputeGameNotDisputeGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotPending represents a NotPending error raised by the DisputeGame contract.
type DisputeGameNotPending struct {
	ResultId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func DisputeGameNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func (disputeGame *DisputeGame) UnpackNotPendingError(raw []byte) (*DisputeGameNotPending, error) {
	out := new(DisputeGameNotPending)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotUnbonding represents a NotUnbonding error raised by the DisputeGame contract.
type DisputeGameNotUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonding(address provider)
func DisputeGameNotUnbondingErrorID() common.Hash {
	return common.HexToHash("0x68dadb1523df8dee20db5db11837c54eaaa5c896e87e2e63a41110ef2c9f5c77")
}

// UnpackNotUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonding(address provider)
func (disputeGame *DisputeGame) UnpackNotUnbondingError(raw []byte) (*DisputeGameNotUnbonding, error) {
	out := new(DisputeGameNotUnbonding)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNotYourTurn represents a NotYourTurn error raised by the DisputeGame contract.
type DisputeGameNotYourTurn struct {
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address expected)
func DisputeGameNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address expected)
func (disputeGame *DisputeGame) UnpackNotYourTurnError(raw []byte) (*DisputeGameNotYourTurn, error) {
	out := new(DisputeGameNotYourTurn)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameNothingToWithdraw represents a NothingToWithdraw error raised by the DisputeGame contract.
type DisputeGameNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func DisputeGameNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (disputeGame *DisputeGame) UnpackNothingToWithdrawError(raw []byte) (*DisputeGameNothingToWithdraw, error) {
	out := new(DisputeGameNothingToWithdraw)
	if err := disputeGame.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameOutputRootMatches represents a OutputRootMatches error raised by the DisputeGame contract.
type DisputeGameOutputRootMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputRootMatches()
func DisputeGameOutputRootMatchesErrorID() common.Hash {
	return common.HexToHash("0x6fb4fddaa9178d8555c98dc2c44c77be160448d7e2aea8d28a467b9fb2bae533")
}

// UnpackOutputRootMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputRootMatches()
func (disputeGame *DisputeGame) UnpackOutputRootMatchesError(raw []byte) (*DisputeGameOutputRootMatches, error) {
	out := new(DisputeGameOutputRootMatches)
	if err := disputeGame.abi.UnpackIntoInterface(out, "OutputRootMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameOutputTypeMismatch represents a OutputTypeMismatch error raised by the DisputeGame contract.
type DisputeGameOutputTypeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTypeMismatch()
func DisputeGameOutputTypeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8e9f4248561c8b91b611b121cd103ee0b4c7ce8486ab5f350c66a6abf9cb8a6d")
}

// UnpackOutputTypeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTypeMismatch()
func (disputeGame *DisputeGame) UnpackOutputTypeMismatchError(raw []byte) (*DisputeGameOutputTypeMismatch, error) {
	out := new(DisputeGameOutputTypeMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "OutputTypeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameProgramRootMismatch represents a ProgramRootMismatch error raised by the DisputeGame contract.
type DisputeGameProgramRootMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramRootMismatch()
func DisputeGameProgramRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xf5b05e5b572bf69806eb5d56a6151914756cc177e0627c8f82e84bc903b82228")
}

// UnpackProgramRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramRootMismatch()
func (disputeGame *DisputeGame) UnpackProgramRootMismatchError(raw []byte) (*DisputeGameProgramRootMismatch, error) {
	out := new(DisputeGameProgramRootMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ProgramRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameProviderUnbonding represents a ProviderUnbonding error raised by the DisputeGame contract.
type DisputeGameProviderUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderUnbonding(address provider)
func DisputeGameProviderUnbondingErrorID() common.Hash {
	return common.HexToHash("0x4a909b8f32d3e93a7d59077e2baf3b05e8a80e49151365f29b6dd698596df9df")
}

// UnpackProviderUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderUnbonding(address provider)
func (disputeGame *DisputeGame) UnpackProviderUnbondingError(raw []byte) (*DisputeGameProviderUnbonding, error) {
	out := new(DisputeGameProviderUnbonding)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ProviderUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameRecordMismatch represents a RecordMismatch error raised by the DisputeGame contract.
type DisputeGameRecordMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordMismatch()
func DisputeGameRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0xaa9bf0ae83addc57dadf81cb539dc193d74b5dda02c0b2043ee0cd8f4acf828d")
}

// UnpackRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordMismatch()
func (disputeGame *DisputeGame) UnpackRecordMismatchError(raw []byte) (*DisputeGameRecordMismatch, error) {
	out := new(DisputeGameRecordMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "RecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the DisputeGame contract.
type DisputeGameReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func DisputeGameReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (disputeGame *DisputeGame) UnpackReentrancyGuardReentrantCallError(raw []byte) (*DisputeGameReentrancyGuardReentrantCall, error) {
	out := new(DisputeGameReentrancyGuardReentrantCall)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameRootsAgree represents a RootsAgree error raised by the DisputeGame contract.
type DisputeGameRootsAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsAgree()
func DisputeGameRootsAgreeErrorID() common.Hash {
	return common.HexToHash("0x613802fb8e4d7a065e41f3b92a79080e6bfc01982777f6a01f32b499b6715102")
}

// UnpackRootsAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsAgree()
func (disputeGame *DisputeGame) UnpackRootsAgreeError(raw []byte) (*DisputeGameRootsAgree, error) {
	out := new(DisputeGameRootsAgree)
	if err := disputeGame.abi.UnpackIntoInterface(out, "RootsAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameStateMismatch represents a StateMismatch error raised by the DisputeGame contract.
type DisputeGameStateMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch()
func DisputeGameStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x4ecc13ec067c89cec80d201c2de5329e924d99ed52d69de79bf13f0807729e0d")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch()
func (disputeGame *DisputeGame) UnpackStateMismatchError(raw []byte) (*DisputeGameStateMismatch, error) {
	out := new(DisputeGameStateMismatch)
	if err := disputeGame.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameStepCountMatches represents a StepCountMatches error raised by the DisputeGame contract.
type DisputeGameStepCountMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepCountMatches()
func DisputeGameStepCountMatchesErrorID() common.Hash {
	return common.HexToHash("0x6d971dca286efde8e695c0016b694c397381111d0630a19d2ba461ae19ec1631")
}

// UnpackStepCountMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepCountMatches()
func (disputeGame *DisputeGame) UnpackStepCountMatchesError(raw []byte) (*DisputeGameStepCountMatches, error) {
	out := new(DisputeGameStepCountMatches)
	if err := disputeGame.abi.UnpackIntoInterface(out, "StepCountMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameStringTooLong represents a StringTooLong error raised by the DisputeGame contract.
type DisputeGameStringTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func DisputeGameStringTooLongErrorID() common.Hash {
	return common.HexToHash("0xc874dfa58fe3c504155fc1f7f8ed25493067c31b7821528a4b5b9e0134b42101")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func (disputeGame *DisputeGame) UnpackStringTooLongError(raw []byte) (*DisputeGameStringTooLong, error) {
	out := new(DisputeGameStringTooLong)
	if err := disputeGame.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameTransferFailed represents a TransferFailed error raised by the DisputeGame contract.
type DisputeGameTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func DisputeGameTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (disputeGame *DisputeGame) UnpackTransferFailedError(raw []byte) (*DisputeGameTransferFailed, error) {
	out := new(DisputeGameTransferFailed)
	if err := disputeGame.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the DisputeGame contract.
type DisputeGameUnbondingDelayTooShort struct {
	UnbondingDelay *big.Int
	Required       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func DisputeGameUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xc97848cec05cc7ad46155408b81fc1fb8f5506a1947abe6cf9aa0e9735b8fe9a")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func (disputeGame *DisputeGame) UnpackUnbondingDelayTooShortError(raw []byte) (*DisputeGameUnbondingDelayTooShort, error) {
	out := new(DisputeGameUnbondingDelayTooShort)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnbondingNotElapsed represents a UnbondingNotElapsed error raised by the DisputeGame contract.
type DisputeGameUnbondingNotElapsed struct {
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func DisputeGameUnbondingNotElapsedErrorID() common.Hash {
	return common.HexToHash("0xd3c68d401e91ef08da3522dfaf5a1bbbdda5f1d811fb98e774774a20ed3e5bff")
}

// UnpackUnbondingNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func (disputeGame *DisputeGame) UnpackUnbondingNotElapsedError(raw []byte) (*DisputeGameUnbondingNotElapsed, error) {
	out := new(DisputeGameUnbondingNotElapsed)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnbondingNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnexpectedEther represents a UnexpectedEther error raised by the DisputeGame contract.
type DisputeGameUnexpectedEther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther()
func DisputeGameUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0x5bb8e485d8872b3aaed8e95cb73575ce91377b05612394ee98232a9950c19a15")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther()
func (disputeGame *DisputeGame) UnpackUnexpectedEtherError(raw []byte) (*DisputeGameUnexpectedEther, error) {
	out := new(DisputeGameUnexpectedEther)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnknownGame represents a UnknownGame error raised by the DisputeGame contract.
type DisputeGameUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func DisputeGameUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (disputeGame *DisputeGame) UnpackUnknownGameError(raw []byte) (*DisputeGameUnknownGame, error) {
	out := new(DisputeGameUnknownGame)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnknownOpcode represents a UnknownOpcode error raised by the DisputeGame contract.
type DisputeGameUnknownOpcode struct {
	Opcode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func DisputeGameUnknownOpcodeErrorID() common.Hash {
	return common.HexToHash("0xb378b6d43ceac99f8b401eae7f0576c8493e4e7f70b1c76e0562c07e609e3bc8")
}

// UnpackUnknownOpcodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func (disputeGame *DisputeGame) UnpackUnknownOpcodeError(raw []byte) (*DisputeGameUnknownOpcode, error) {
	out := new(DisputeGameUnknownOpcode)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnknownOpcode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameUnknownResult represents a UnknownResult error raised by the DisputeGame contract.
type DisputeGameUnknownResult struct {
	ResultId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownResult(uint256 resultId)
func DisputeGameUnknownResultErrorID() common.Hash {
	return common.HexToHash("0x5d32e1ccdf3241a082c2447b8910185b8850da0155aa6396f5a7055023ae981b")
}

// UnpackUnknownResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownResult(uint256 resultId)
func (disputeGame *DisputeGame) UnpackUnknownResultError(raw []byte) (*DisputeGameUnknownResult, error) {
	out := new(DisputeGameUnknownResult)
	if err := disputeGame.abi.UnpackIntoInterface(out, "UnknownResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameValuesAgree represents a ValuesAgree error raised by the DisputeGame contract.
type DisputeGameValuesAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValuesAgree()
func DisputeGameValuesAgreeErrorID() common.Hash {
	return common.HexToHash("0x011e552774a28cee1a35f2e6720f4afa591bbb828856ab60a6fa1a8162567ea0")
}

// UnpackValuesAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValuesAgree()
func (disputeGame *DisputeGame) UnpackValuesAgreeError(raw []byte) (*DisputeGameValuesAgree, error) {
	out := new(DisputeGameValuesAgree)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ValuesAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWindowClosed represents a WindowClosed error raised by the DisputeGame contract.
type DisputeGameWindowClosed struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func DisputeGameWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x184663dd4b9fdcadf36bbcb9f4c6941af76e8cf9d050bb5460f87fa79c3de0b1")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func (disputeGame *DisputeGame) UnpackWindowClosedError(raw []byte) (*DisputeGameWindowClosed, error) {
	out := new(DisputeGameWindowClosed)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWindowOpen represents a WindowOpen error raised by the DisputeGame contract.
type DisputeGameWindowOpen struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func DisputeGameWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xe51685620f6e45a689af7265059398ce8db258b0ddc54c49831531ebb3e37d89")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func (disputeGame *DisputeGame) UnpackWindowOpenError(raw []byte) (*DisputeGameWindowOpen, error) {
	out := new(DisputeGameWindowOpen)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongBond represents a WrongBond error raised by the DisputeGame contract.
type DisputeGameWrongBond struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func DisputeGameWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func (disputeGame *DisputeGame) UnpackWrongBondError(raw []byte) (*DisputeGameWrongBond, error) {
	out := new(DisputeGameWrongBond)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongInputCount represents a WrongInputCount error raised by the DisputeGame contract.
type DisputeGameWrongInputCount struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func DisputeGameWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0xc8a519a8b3b20dfb4c5792401550928d972f113659edad15df4ad658f77391df")
}

// UnpackWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func (disputeGame *DisputeGame) UnpackWrongInputCountError(raw []byte) (*DisputeGameWrongInputCount, error) {
	out := new(DisputeGameWrongInputCount)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameWrongPhase represents a WrongPhase error raised by the DisputeGame contract.
type DisputeGameWrongPhase struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func DisputeGameWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x083a89f234e0317d5ce7ed572bfc6b4676dca2826b7b9120222ca6b80bfc9c27")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func (disputeGame *DisputeGame) UnpackWrongPhaseError(raw []byte) (*DisputeGameWrongPhase, error) {
	out := new(DisputeGameWrongPhase)
	if err := disputeGame.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameZeroAddress represents a ZeroAddress error raised by the DisputeGame contract.
type DisputeGameZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func DisputeGameZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (disputeGame *DisputeGame) UnpackZeroAddressError(raw []byte) (*DisputeGameZeroAddress, error) {
	out := new(DisputeGameZeroAddress)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisputeGameZeroValue represents a ZeroValue error raised by the DisputeGame contract.
type DisputeGameZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func DisputeGameZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (disputeGame *DisputeGame) UnpackZeroValueError(raw []byte) (*DisputeGameZeroValue, error) {
	out := new(DisputeGameZeroValue)
	if err := disputeGame.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierMetaData contains all meta data concerning the KernelVerifier contract.
var KernelVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"MAX_REDUCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nSlots\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"},{\"internalType\":\"uint8\",\"name\":\"outDtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"outRank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"outDims\",\"type\":\"uint32[4]\"},{\"internalType\":\"uint256\",\"name\":\"e\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"rank\",\"type\":\"uint8\"},{\"internalType\":\"uint32[4]\",\"name\":\"dims\",\"type\":\"uint32[4]\"},{\"internalType\":\"bytes32\",\"name\":\"dataRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structSlotWitness\",\"name\":\"slot\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"siblings\",\"type\":\"bytes32[]\"}],\"internalType\":\"structChunkWitness[]\",\"name\":\"chunks\",\"type\":\"tuple[]\"}],\"internalType\":\"structInputWitness[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"name\":\"element\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadChunkCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"BadChunkWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConcat\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConcat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescendants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadDissectionLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadMyProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOpProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadOperandType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutSlotWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPerm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPerm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequantParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequantParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadSiblings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSliceStart\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSliceStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"BadSlotProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadSlotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"BadSteps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTheirProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CannotPost\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChunkMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimMatchesFinalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"secondsLeft\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DissectionMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"openGames\",\"type\":\"uint256\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafBeyondTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafWithinTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"xLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yLen\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"xLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yLen\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalOp\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputRootMatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputTypeMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProgramRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsAgree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StepCountMatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"UnbondingNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opcode\",\"type\":\"uint8\"}],\"name\":\"UnknownOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"UnknownResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValuesAgree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "e87dac6dee6b3e0e9f406807f0ab466ab2",
	Bin: "0x6080604052348015600e575f5ffd5b506139418061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806345570d20146100385780639d84134514610053575b5f5ffd5b61004161200081565b60405190815260200160405180910390f35b610041610061366004613561565b5f5f61006d8a8a6100df565b90505f6100a6828a8a8a60048060200260405190810160405280929190826004602002808284375f920191909152508a91506102599050565b9050806080015186106100bd575f925050506100d1565b6100cc8d8d84848a8a8a610346565b925050505b9a9950505050505050505050565b6100e761344d565b6040821461013257604080517f2e728bb20000000000000000000000000000000000000000000000000000000081526004810191909152602481018390526044015b60405180910390fd5b8235602084013560ff60f083901c1615610178576040517f973f39f400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60f882901c835261ffff60e083901c8116602085015260d083901c8116604085015260c083901c1660608401525f5b60068110156101f4576101bb816020613685565b6101c69060a061369c565b83901c846080015182600e81106101df576101df6136af565b60039290920b602090920201526001016101a7565b505f5b60088110156102505761020b816020613685565b6102169060e061369c565b82901c846080015182600661022b91906136dc565b600e811061023b5761023b6136af565b60039290920b602090920201526001016101f7565b50505092915050565b610261613481565b5f61026e875f01516103ef565b9050805f036102b15786516040517fb378b6d400000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610129565b8083146102f4576040517fc8a519a80000000000000000000000000000000000000000000000000000000081526004810182905260248101849052604401610129565b5f61030087878761045a565b935090508061033b576040517f9af93d8d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505095945050505050565b5f5f6103808989896040015161ffff1687875f818110610368576103686136af565b905060200281019061037a91906136ef565b5f6104c7565b905061038a613481565b60028490036103d0576103cd8a8a8a6060015161ffff16888860018181106103b4576103b46136af565b90506020028101906103c691906136ef565b60016104c7565b90505b6103df888884848a8a8a6105fd565b925050505b979650505050505050565b5f60ff821660011480610405575060ff82166002145b80610413575060ff82166005145b80610421575060ff8216600a145b1561042e57506002919050565b600360ff8316108015906104465750600960ff831611155b1561045357506001919050565b505f919050565b5f610463613481565b5f61046f868686610b46565b909350905082610482575f9250506104bf565b60ff808716835285166020830152604082018490526104a086610c0f565b6060830181905260a083018290526104b89082613758565b6080830152505b935093915050565b6104cf613481565b366104da848061376b565b90505f8160400160048060200260405190810160405280929190826004602002808284375f920182905250929350610532915061051c9050602085018561379d565b61052c604086016020870161379d565b8461045a565b9450905080610570576040517f75712bd200000000000000000000000000000000000000000000000000000000815260048101869052602401610129565b5f61059c610581602086018661379d565b610591604087016020880161379d565b858760c00135610c55565b90506105b78a8a8a846105b260e08a018a6137b6565b610d6a565b6105f0576040517f75712bd200000000000000000000000000000000000000000000000000000000815260048101879052602401610129565b5050505095945050505050565b86515f905f1960ff8216016106225761061a888888888888610dc1565b9150506103e4565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff8216016107c857865160ff16600214610673576040516323080a9360e21b81525f6004820152602401610129565b5f866020015160ff16600114801561069357506001886020015160ff1610155b80156106f157508760400151600189602001516106b0919061381a565b60ff16600481106106c3576106c36136af565b602002015163ffffffff1687604001515f600481106106e4576106e46136af565b602002015163ffffffff16145b875190915060ff1660021415806107165750808061071457506107148888610fcd565b155b15610737576040516323080a9360e21b815260016004820152602401610129565b6107438960028a611001565b5f61077386865f818110610759576107596136af565b905060200281019061076b91906136ef565b5f8b8a61105c565b90505f6107b68787600181811061078c5761078c6136af565b905060200281019061079e91906136ef565b60018b8c608001518c6107b19190613833565b61105c565b9190910160030b93506103e492505050565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd60ff82160161086b57865160ff16600214610819576040516323080a9360e21b81525f6004820152602401610129565b61082588600189611001565b61086161085785855f81811061083d5761083d6136af565b905060200281019061084f91906136ef565b5f8a8961105c565b8a60800151611116565b5f0b9150506103e4565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60ff8216016108d3576108a388885f015189611001565b5f6108b985855f81811061083d5761083d6136af565b90505f81136108c8575f6108ca565b805b925050506103e4565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb60ff8216016109d357865160ff16600114610924576040516323080a9360e21b81525f6004820152602401610129565b855160ff1660011415806109405750856020015160ff16600114155b80610958575060408601515163ffffffff1661010014155b15610979576040516323080a9360e21b815260016004820152602401610129565b61098588600189611001565b5f61099b85855f81811061083d5761083d6136af565b90506108ca858560018181106109b3576109b36136af565b90506020028101906109c591906136ef565b6001896107b1856080613846565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa60ff821601610a0a5761061a888887878761113d565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff960ff821601610aba578651885160ff9081169116141580610a5457508660800151886080015114155b15610a8b576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61061a84845f818110610aa057610aa06136af565b9050602002810190610ab291906136ef565b5f898861105c565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff860ff821601610af25761061a898989888888611325565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff760ff821601610b2a5761061a898989888888611464565b610b398989898989898961150e565b9998505050505050505050565b5f5f610b5185610c0f565b9050801580610b63575060048460ff16115b15610b7257505f9050806104bf565b5f5b6004811015610c02575f848260048110610b9057610b906136af565b602002015163ffffffff1690508560ff16821015610be657805f03610bbc575f5f9350935050506104bf565b610bc68184613685565b92506340000000831115610be1575f5f9350935050506104bf565b610bf9565b8015610bf9575f5f9350935050506104bf565b50600101610b74565b5060019150935093915050565b5f5f1960ff831601610c2357506001919050565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff83160161045357506004919050565b5f610d5f8585610cad8660608101515f9063ffffffff166020836002602002015163ffffffff16901b6040846001602002015163ffffffff16901b6060855f602002015163ffffffff16901b17171760801b92915050565b6040517eff00000000000000000000000000000000000000000000000000000000000060f09490941b939093167dff000000000000000000000000000000000000000000000000000000000060e89390931b929092167cffffffffffffffffffffffffffffffff0000000000000000000000000060189290921c9190911617177f0200000000000000000000000000000000000000000000000000000000000000178152601381018490526033902090565b90505b949350505050565b5f851580610d79575061100086115b80610d845750858510155b15610d9057505f610db7565b610d9986611883565b8214610da657505f610db7565b86610db3858786866118b0565b1490505b9695505050505050565b84515f9060ff166001141580610ddf5750856020015160ff16600214155b80610dfb575060408601516020015161200063ffffffff909116115b15610e1b576040516323080a9360e21b81525f6004820152602401610129565b604086015160200151855163ffffffff9091169060ff166001141580610e495750856020015160ff16600214155b80610e62575060408601516020015163ffffffff168114155b15610e83576040516323080a9360e21b815260016004820152602401610129565b875160ff166002141580610e9f5750876020015160ff16600214155b80610ebe575060408781015151908901515163ffffffff908116911614155b80610ee0575060408681015151908901516020015163ffffffff908116911614155b15610f17576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408601515163ffffffff165f610f6686868381610f3757610f376136af565b9050602002810190610f4991906136ef565b5f8b86610f56878d613758565b610f609190613685565b8761190d565b90505f610faf87876001818110610f7f57610f7f6136af565b9050602002810190610f9191906136ef565b60018b87610f9f888e613833565b610fa99190613685565b8861190d565b9050610fbb8282611a50565b60030b9b9a5050505050505050505050565b5f816020015160ff16836020015160ff16148015610ff85750610ff8836040015183604001516122dd565b90505b92915050565b8160ff16835f015160ff16141580611020575061101e8382610fcd565b155b15611057576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f5f83606001518361106e9190613685565b905061109886868684600189606001518761108991906136dc565b611093919061369c565b612347565b50365f6110a860208901896137b6565b5f8181106110b8576110b86136af565b90506020028101906110ca9190613865565b6110d8906020810190613897565b915091506111078282885f01518960600151610400886110f89190613833565b6111029190613758565b612504565b60030b98975050505050505050565b805160208201516040830151606084015160808501515f94610ff894889491939092612597565b5f6001856020015160ff161015611169576040516323080a9360e21b81525f6004820152602401610129565b5f856040015160018760200151611180919061381a565b60ff1660048110611193576111936136af565b602002015163ffffffff1690506120008111156111c5576040516323080a9360e21b81525f6004820152602401610129565b865160ff1660021415806111f35750856020015160ff16876020015160ff1660016111f091906136dc565b14155b1561122a576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b876020015160ff168110156112bc5786604001518160048110611251576112516136af565b602002015163ffffffff1688604001518260048110611272576112726136af565b602002015163ffffffff16146112b4576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60010161122c565b505f61131685855f8181106112d3576112d36136af565b90506020028101906112e591906136ef565b5f898a60600151868b6112f89190613685565b6113029190613685565b60608c01516113119088613685565b61190d565b905061110781885f0151612661565b5f6002856020015160ff161015611351576040516323080a9360e21b81525f6004820152602401610129565b8451865160ff90811691161415806113775750846020015160ff16866020015160ff1614155b156113ae576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113d56113cb866020015160ff1687604001518a608001516126e7565b87604001516122dd565b61140b576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61142785876020015160ff1688604001518b60800151612766565b905061145884845f81811061143e5761143e6136af565b905060200281019061145091906136ef565b5f888461105c565b98975050505050505050565b5f6001856020015160ff161015611490576040516323080a9360e21b81525f6004820152602401610129565b8451865160ff90811691161415806114b65750846020015160ff16866020015160ff1614155b156114ed576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61142785876020015160ff16896040015189604001518c60800151612856565b5f6001866020015160ff16101561153a576040516323080a9360e21b81525f6004820152602401610129565b8551855160ff90811691161415806115605750856020015160ff16856020015160ff1614155b15611581576040516323080a9360e21b815260016004820152602401610129565b5f5f6115a386896020015160ff168a604001518a604001518e6080015161299f565b60808c0151518a518c5193955091935063ffffffff169160ff90811691161415806115dc5750886020015160ff168a6020015160ff1614155b15611613576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b896020015160ff16811015611702575f828214611652578a604001518260048110611642576116426136af565b602002015163ffffffff1661169e565b89604001518260048110611668576116686136af565b602002015163ffffffff168b604001518360048110611689576116896136af565b602002015163ffffffff1661169e91906136dc565b9050808c6040015183600481106116b7576116b76136af565b602002015163ffffffff16146116f9576040517f8e9f424800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50600101611615565b5082156117f55785855f81811061171b5761171b6136af565b905060200281019061172d91906136ef565b61173b9060208101906137b6565b1590506117ba575f5f87875f818110611756576117566136af565b905060200281019061176891906136ef565b6117769060208101906137b6565b6040517f90ca139600000000000000000000000000000000000000000000000000000000815260048101949094526024840192909252506044820152606401610129565b6117eb868660018181106117d0576117d06136af565b90506020028101906117e291906136ef565b60018a8561105c565b93505050506103e4565b85856001818110611808576118086136af565b905060200281019061181a91906136ef565b6118289060208101906137b6565b1590506118455760015f87876001818110611756576117566136af565b61187486865f81811061185a5761185a6136af565b905060200281019061186c91906136ef565b5f8b8561105c565b9b9a5050505050505050505050565b5f6001821161189357505f919050565b5f1982015b80156118aa576001918201911c611898565b50919050565b6040516001815284906020810184600585901b81015b808210156119015760018816858160051b85015282356001821860051b850152506041601f85012094508760011c97506020820191506118c6565b50505050949350505050565b60605f61192387878787600161108989836136dc565b90508267ffffffffffffffff81111561193e5761193e6138f8565b6040519080825280601f01601f191660200182016040528015611968576020820181803683370190505b5091505f61197684866136dc565b9050365f61198760208b018b6137b6565b915091505f5b81811015611a42575f6104006119a383886136dc565b6119ad9190613685565b90505f818a116119bd57816119bf565b895b90505f6119ce610400846136dc565b87106119e5576119e0610400846136dc565b6119e7565b865b9050365f8787878181106119fd576119fd6136af565b9050602002810190611a0f9190613865565b611a1d906020810190613897565b9150915083830385850383018e860360208e010137505050505080600101905061198d565b505050505095945050505050565b815181515f91908114611a9c5782516040517fab8b67c6000000000000000000000000000000000000000000000000000000008152610129918391600401918252602082015260400190565b5f60208501806020860103838201603f19851683015b808410156120f357618000840181811115611aca5750805b7b800000000000000000000000000000000000000000000000000000005b818610156120e5577f80808080808080808080808080808080808080808080808080808080808080808651187f808080808080808080808080808080808080808080808080808080808080808086880151188060801c8160801b17905077ffffffffffffffff0000000000000000ffffffffffffffff8160401c1677ffffffffffffffff0000000000000000ffffffffffffffff821660401b1790507bffffffff00000000ffffffff00000000ffffffff00000000ffffffff8160201c167bffffffff00000000ffffffff00000000ffffffff00000000ffffffff821660201b1790507c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8260181c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8460181c1603027c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8360101c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8560101c160302017c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8360081c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8560081c1603027c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8416037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8616030201018301925050507f80808080808080808080808080808080808080808080808080808080808080806020870151187f808080808080808080808080808080808080808080808080808080808080808060208701880151188060801c8160801b17905077ffffffffffffffff0000000000000000ffffffffffffffff8160401c1677ffffffffffffffff0000000000000000ffffffffffffffff821660401b1790507bffffffff00000000ffffffff00000000ffffffff00000000ffffffff8160201c167bffffffff00000000ffffffff00000000ffffffff00000000ffffffff821660201b1790507c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8260181c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8460181c1603027c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8360101c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8560101c160302017c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8360081c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8560081c1603027c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff8416037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff861603020101830192505050604086019550611ae8565b60e01c959095019450611ab2565b505b808310156122cf575f19838203602081101561211c576001808260031b610100031b031991505b507f808080808080808080808080808080808080808080808080808080808080808081855116187f80808080808080808080808080808080808080808080808080808080808080808285870151161891508160801c8260801b17915077ffffffffffffffff0000000000000000ffffffffffffffff8260401c1677ffffffffffffffff0000000000000000ffffffffffffffff831660401b1791507bffffffff00000000ffffffff00000000ffffffff00000000ffffffff8260201c167bffffffff00000000ffffffff00000000ffffffff00000000ffffffff831660201b1791507b800000000000000000000000000000000000000000000000000000005f5b60208110156122b8577c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff85831c16037c80000000800000008000000080000000800000008000000080000000807cff000000ff000000ff000000ff000000ff000000ff000000ff000000ff85841c1603028201915060088101905061221d565b508060e01c870196505050506020830192506120f5565b50505060030b949350505050565b805182515f9163ffffffff918216911614801561230b57506020808301519084015163ffffffff9081169116145b801561232857506040808301519084015163ffffffff9081169116145b8015610ff857505060609081015191015163ffffffff90811691161490565b5f61235461040084613758565b90505f8161236461040085613758565b61236e919061369c565b6123799060016136dc565b9050365f61238a60208a018a6137b6565b90925090508281146123d9576040517f90ca1396000000000000000000000000000000000000000000000000000000008152600481018990526024810184905260448101829052606401610129565b5f6123ef6123ea8960a00151612c2d565b611883565b90505f6123fc8b8061376b565b60c0013590505f5b858110156124f5573685858381811061241f5761241f6136af565b90506020028101906124319190613865565b905061243d82896136dc565b813514158061245c57506104006124576020830183613897565b905014155b8061247557508361247060408301836137b6565b905014155b806124ab5750826124a861249461248f6020850185613897565b612c50565b83356124a360408601866137b6565b6118b0565b14155b156124ec576040517f41acd20f000000000000000000000000000000000000000000000000000000008152600481018d905260248101839052604401610129565b50600101612404565b50505050505095945050505050565b5f5f1960ff8416016125245761251b858584612cb7565b5f0b9050610d62565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff84160161256057612559858584612d0c565b9050610d62565b6040517f474af58100000000000000000000000000000000000000000000000000000000815260ff84166004820152602401610129565b5f6125a58686868686612d8f565b6125db576040517f8b8d32d300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600387810b87820b0290819087900b1561262a57600387900b5f8084126126025783612606565b835f035b905060015f1983011b8101821c5f85126126205780612624565b805f035b93505050505b600386810b82019086900b811215612643578560030b90505b8460030b811315610b39578460030b90509998505050505050505050565b5f5f1960ff83160161267d5761267683612e50565b9050610ffb565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff8316016126b05761267683612ecb565b6040517f474af58100000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610129565b6126ef6134b7565b5f6126fa8584612ff7565b90505f5b8581101561275d5784828260048110612719576127196136af565b60200201516004811061272e5761272e6136af565b6020020151838260048110612745576127456136af565b63ffffffff90921660209290920201526001016126fe565b50509392505050565b5f5f6127728584612ff7565b905061277c6134b7565b5f5b868110156127dd5785838260048110612799576127996136af565b6020020151600481106127ae576127ae6136af565b60200201518282600481106127c5576127c56136af565b63ffffffff909216602092909202015260010161277e565b505f6127ea888884613107565b90506127f46134b7565b5f5b8881101561284a57828160048110612810576128106136af565b602002015182868360048110612828576128286136af565b60200201516004811061283d5761283d6136af565b60200201526001016127f6565b50610b39818989613237565b5f8415806128645750600485115b1561289b576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6128a7878787613107565b90505f5b86811015612993575f8482600e81106128c6576128c66136af565b602002015190505f8160030b128061292657508582600481106128eb576128eb6136af565b602002015163ffffffff16878360048110612908576129086136af565b602002015163ffffffff168263ffffffff1661292491906136dc565b115b1561295d576040517f5ebf6b5700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8063ffffffff16838360048110612976576129766136af565b6020020181815161298791906136dc565b905250506001016128ab565b506103e4818786613237565b5f808515806129ae5750600486115b156129e5576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b82515f600382900b12806129ff5750868163ffffffff1610155b15612a36576040517f65c88c6900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b63ffffffff8116612a456134b7565b5f5b89811015612b6857828103612ab557878160048110612a6857612a686136af565b6020020151898260048110612a7f57612a7f6136af565b6020020151612a8e9190613925565b828260048110612aa057612aa06136af565b63ffffffff9092166020929092020152612b60565b878160048110612ac757612ac76136af565b602002015163ffffffff16898260048110612ae457612ae46136af565b602002015163ffffffff1614612b26576040517f65c88c6900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b888160048110612b3857612b386136af565b6020020151828260048110612b4f57612b4f6136af565b63ffffffff90921660209290920201525b600101612a47565b505f612b758b8b84613107565b9050888360048110612b8957612b896136af565b602002015163ffffffff16818460048110612ba657612ba66136af565b60200201511015612bca575f612bbd828c8c613237565b9550955050505050612c23565b888360048110612bdc57612bdc6136af565b602002015163ffffffff16818460048110612bf957612bf96136af565b60200201818151612c0a919061369c565b9052506001612c1a828c8b613237565b95509550505050505b9550959350505050565b5f610400612c3c60018261369c565b612c4690846136dc565b610ffb9190613758565b5f6104008214612c97576040517f2e728bb2000000000000000000000000000000000000000000000000000000008152610400600482015260248101839052604401610129565b6040515f8152610400846020830137610401601f82012091505092915050565b5f828210612cfb576040517f94666f0d0000000000000000000000000000000000000000000000000000000081526004810183905260248101849052604401610129565b818401355f1a5f0b90509392505050565b5f600283901c8210612d57576040517f94666f0d00000000000000000000000000000000000000000000000000000000815260048101839052600284901c6024820152604401610129565b8160021b84013560e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060030b9150509392505050565b5f60018660030b12158015612da757505f8560030b12155b8015612db75750603e8560030b13155b8015612de657507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff808460030b12155b8015612df65750607f8460030b13155b8015612e2557507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff808360030b12155b8015612e3757508160030b8360030b13155b8015610db75750607f8260030b13159695505050505050565b80515f90808203612e8d576040517f42f063fa00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6020830180515f1a5f0b60015b83811015612ec257808301515f1a5f0b82811315612eb9578092508195505b50600101612e9a565b50505050919050565b80515f90808203612f08576040517f42f063fa00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003811615612f6e576040517f2e728bb20000000000000000000000000000000000000000000000000000000081527ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8216600482015260248101829052604401610129565b602083810190828501017f80000000000000000000000000000000000000000000000000000000000000005f5b82841015612fed57835160e01c8060181c61ff008260081c161761ff00821660081b60ff831660181b171790508060030b905082811315612fdd578092508196505b5060049390930192600101612f9b565b5050505050919050565b612fff6134b7565b600283108061300e5750600483115b15613045576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5b848110156130ff575f8482600e8110613063576130636136af565b602002015190505f8160030b12806130815750858163ffffffff1610155b806130975750600163ffffffff821684901c1615155b156130ce576040517f39083d1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600163ffffffff821690811b93909317928483600481106130f1576130f16136af565b602002015250600101613048565b505092915050565b61310f6134b7565b600483111561314a576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b83835b80156131e2575f19015f848260048110613169576131696136af565b602002015163ffffffff169050805f036131af576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6131b98184613833565b8483600481106131cb576131cb6136af565b60200201526131da8184613758565b92505061314d565b50801561322f57846131f48585613377565b6040517f94666f0d00000000000000000000000000000000000000000000000000000000815260048101929092526024820152604401610129565b509392505050565b5f6004831115613273576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b8381101561322f5782816004811061328f5761328f6136af565b602002015163ffffffff168582600481106132ac576132ac6136af565b602002015110613325578481600481106132c8576132c86136af565b60200201518382600481106132df576132df6136af565b60200201516040517f94666f0d000000000000000000000000000000000000000000000000000000008152600481019290925263ffffffff166024820152604401610129565b848160048110613337576133376136af565b602002015183826004811061334e5761334e6136af565b60200201516133639063ffffffff1684613685565b61336d91906136dc565b9150600101613275565b5f60048311156133b3576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5060015f5b83811015613446578281600481106133d2576133d26136af565b602002015163ffffffff165f03613415576040517fa9b0b66500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b828160048110613427576134276136af565b602002015161343c9063ffffffff1683613685565b91506001016133b8565b5092915050565b6040805160a0810182525f8082526020820181905291810182905260608101919091526080810161347c6134d5565b905290565b6040805160c0810182525f808252602082015290810161349f6134b7565b81526020015f81526020015f81526020015f81525090565b60405180608001604052806004906020820280368337509192915050565b604051806101c00160405280600e906020820280368337509192915050565b803560ff81168114613504575f5ffd5b919050565b8060808101831015610ffb575f5ffd5b5f5f83601f840112613529575f5ffd5b50813567ffffffffffffffff811115613540575f5ffd5b6020830191508360208260051b850101111561355a575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101608b8d03121561357b575f5ffd5b8a35995060208b0135985060408b013567ffffffffffffffff81111561359f575f5ffd5b8b015f80601f83018f136135b1575f5ffd5b50813567ffffffffffffffff8111156135c8575f5ffd5b6020830191508e60208285010111156135df575f5ffd5b90995097506135f2905060608c016134f4565b955061360060808c016134f4565b945061360f8c60a08d01613509565b93506101208b013592506101408b013567ffffffffffffffff811115613633575f5ffd5b61363f8d828e01613519565b915080935050809150509295989b9194979a5092959850565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082028115828204841417610ffb57610ffb613658565b81810381811115610ffb57610ffb613658565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b80820180821115610ffb57610ffb613658565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc1833603018112613721575f5ffd5b9190910192915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826137665761376661372b565b500490565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff01833603018112613721575f5ffd5b5f602082840312156137ad575f5ffd5b610ff8826134f4565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126137e9575f5ffd5b83018035915067ffffffffffffffff821115613803575f5ffd5b6020019150600581901b360382131561355a575f5ffd5b60ff8281168282160390811115610ffb57610ffb613658565b5f826138415761384161372b565b500690565b8082018281125f8312801582168215821617156130ff576130ff613658565b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa1833603018112613721575f5ffd5b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126138ca575f5ffd5b83018035915067ffffffffffffffff8211156138e4575f5ffd5b60200191503681900382131561355a575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b63ffffffff8181168382160190811115610ffb57610ffb61365856",
}

// KernelVerifier is an auto generated Go binding around an Ethereum contract.
type KernelVerifier struct {
	abi abi.ABI
}

// NewKernelVerifier creates a new instance of KernelVerifier.
func NewKernelVerifier() *KernelVerifier {
	parsed, err := KernelVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &KernelVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *KernelVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMAXREDUCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45570d20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_REDUCE() view returns(uint256)
func (kernelVerifier *KernelVerifier) PackMAXREDUCE() []byte {
	enc, err := kernelVerifier.abi.Pack("MAX_REDUCE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXREDUCE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x45570d20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_REDUCE() view returns(uint256)
func (kernelVerifier *KernelVerifier) TryPackMAXREDUCE() ([]byte, error) {
	return kernelVerifier.abi.Pack("MAX_REDUCE")
}

// UnpackMAXREDUCE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x45570d20.
//
// Solidity: function MAX_REDUCE() view returns(uint256)
func (kernelVerifier *KernelVerifier) UnpackMAXREDUCE(data []byte) (*big.Int, error) {
	out, err := kernelVerifier.abi.Unpack("MAX_REDUCE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d841345.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function element(bytes32 stateRoot, uint256 nSlots, bytes record, uint8 outDtype, uint8 outRank, uint32[4] outDims, uint256 e, ((uint8,uint8,uint32[4],bytes32,bytes32[]),(uint256,bytes,bytes32[])[])[] inputs) pure returns(int256)
func (kernelVerifier *KernelVerifier) PackElement(stateRoot [32]byte, nSlots *big.Int, record []byte, outDtype uint8, outRank uint8, outDims [4]uint32, e *big.Int, inputs []InputWitness) []byte {
	enc, err := kernelVerifier.abi.Pack("element", stateRoot, nSlots, record, outDtype, outRank, outDims, e, inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackElement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d841345.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function element(bytes32 stateRoot, uint256 nSlots, bytes record, uint8 outDtype, uint8 outRank, uint32[4] outDims, uint256 e, ((uint8,uint8,uint32[4],bytes32,bytes32[]),(uint256,bytes,bytes32[])[])[] inputs) pure returns(int256)
func (kernelVerifier *KernelVerifier) TryPackElement(stateRoot [32]byte, nSlots *big.Int, record []byte, outDtype uint8, outRank uint8, outDims [4]uint32, e *big.Int, inputs []InputWitness) ([]byte, error) {
	return kernelVerifier.abi.Pack("element", stateRoot, nSlots, record, outDtype, outRank, outDims, e, inputs)
}

// UnpackElement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d841345.
//
// Solidity: function element(bytes32 stateRoot, uint256 nSlots, bytes record, uint8 outDtype, uint8 outRank, uint32[4] outDims, uint256 e, ((uint8,uint8,uint32[4],bytes32,bytes32[]),(uint256,bytes,bytes32[])[])[] inputs) pure returns(int256)
func (kernelVerifier *KernelVerifier) UnpackElement(data []byte) (*big.Int, error) {
	out, err := kernelVerifier.abi.Unpack("element", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (kernelVerifier *KernelVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadChunkCount"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadChunkCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadChunkWitness"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadChunkWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadConcat"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadConcatError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadDType"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadDTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadDescendants"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadDescendantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadDissectionLength"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadDissectionLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadHeader"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadMyProof"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadMyProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadOpProof"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadOpProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadOperandType"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadOperandTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadOutSlotWitness"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadOutSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadOutputType"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadOutputTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadOutputs"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadOutputsError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadPerm"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadPermError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadRequantParams"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadRequantParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadShape"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadSiblings"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadSiblingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadSliceStart"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadSliceStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadSlotProof"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadSlotProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadSlotWitness"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadSteps"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["BadTheirProof"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackBadTheirProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["CannotPost"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackCannotPostError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ChunkMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackChunkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ClaimMatchesFinalState"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackClaimMatchesFinalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["DisputeGameAlreadySet"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackDisputeGameAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["DisputeGameNotSet"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackDisputeGameNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["DissectionMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackDissectionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["EmptyRow"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackEmptyRowError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["LeafBeyondTensor"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackLeafBeyondTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["LeafWithinTensor"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackLeafWithinTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NonCanonicalOp"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNonCanonicalOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NotUnbonding"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNotUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["OutputRootMatches"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackOutputRootMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["OutputTypeMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackOutputTypeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ProgramRootMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackProgramRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ProviderUnbonding"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackProviderUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["RecordMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["RootsAgree"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackRootsAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["StepCountMatches"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackStepCountMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackUnbondingDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["UnbondingNotElapsed"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackUnbondingNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["UnknownOpcode"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackUnknownOpcodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["UnknownResult"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackUnknownResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ValuesAgree"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackValuesAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["WrongInputCount"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], kernelVerifier.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return kernelVerifier.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// KernelVerifierBadChunkCount represents a BadChunkCount error raised by the KernelVerifier contract.
type KernelVerifierBadChunkCount struct {
	Operand *big.Int
	Want    *big.Int
	Got     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func KernelVerifierBadChunkCountErrorID() common.Hash {
	return common.HexToHash("0x90ca1396e8087c2796c999f7212bbb7f15dea83f089e2351980ded77d8a9fbfd")
}

// UnpackBadChunkCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func (kernelVerifier *KernelVerifier) UnpackBadChunkCountError(raw []byte) (*KernelVerifierBadChunkCount, error) {
	out := new(KernelVerifierBadChunkCount)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadChunkCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadChunkWitness represents a BadChunkWitness error raised by the KernelVerifier contract.
type KernelVerifierBadChunkWitness struct {
	Operand  *big.Int
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func KernelVerifierBadChunkWitnessErrorID() common.Hash {
	return common.HexToHash("0x41acd20f79278986bbe679aa457372f86255a616daee1eb1ac149d95c25c6d17")
}

// UnpackBadChunkWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func (kernelVerifier *KernelVerifier) UnpackBadChunkWitnessError(raw []byte) (*KernelVerifierBadChunkWitness, error) {
	out := new(KernelVerifierBadChunkWitness)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadChunkWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadConcat represents a BadConcat error raised by the KernelVerifier contract.
type KernelVerifierBadConcat struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConcat()
func KernelVerifierBadConcatErrorID() common.Hash {
	return common.HexToHash("0x65c88c69502cfd8974eaaa727ec1f73ecd628eee6210552833c3ad3c43d930ec")
}

// UnpackBadConcatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConcat()
func (kernelVerifier *KernelVerifier) UnpackBadConcatError(raw []byte) (*KernelVerifierBadConcat, error) {
	out := new(KernelVerifierBadConcat)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadConcat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadDType represents a BadDType error raised by the KernelVerifier contract.
type KernelVerifierBadDType struct {
	Dtype uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDType(uint8 dtype)
func KernelVerifierBadDTypeErrorID() common.Hash {
	return common.HexToHash("0x474af581c9f4508db6e894760e299b2238a7fd4f0ae92c14e53bc1876ea7e4cf")
}

// UnpackBadDTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDType(uint8 dtype)
func (kernelVerifier *KernelVerifier) UnpackBadDTypeError(raw []byte) (*KernelVerifierBadDType, error) {
	out := new(KernelVerifierBadDType)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadDType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadDescendants represents a BadDescendants error raised by the KernelVerifier contract.
type KernelVerifierBadDescendants struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDescendants()
func KernelVerifierBadDescendantsErrorID() common.Hash {
	return common.HexToHash("0x949bbe773327e26c4e8fd26e856b48b731cde056dd60f597daec55d20c33e2de")
}

// UnpackBadDescendantsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDescendants()
func (kernelVerifier *KernelVerifier) UnpackBadDescendantsError(raw []byte) (*KernelVerifierBadDescendants, error) {
	out := new(KernelVerifierBadDescendants)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadDescendants", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadDissectionLength represents a BadDissectionLength error raised by the KernelVerifier contract.
type KernelVerifierBadDissectionLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func KernelVerifierBadDissectionLengthErrorID() common.Hash {
	return common.HexToHash("0x4182afc3c35e6411b817690690fff384193b0de9d97d9c21f4b7693c2c010dde")
}

// UnpackBadDissectionLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func (kernelVerifier *KernelVerifier) UnpackBadDissectionLengthError(raw []byte) (*KernelVerifierBadDissectionLength, error) {
	out := new(KernelVerifierBadDissectionLength)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadDissectionLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadHeader represents a BadHeader error raised by the KernelVerifier contract.
type KernelVerifierBadHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHeader()
func KernelVerifierBadHeaderErrorID() common.Hash {
	return common.HexToHash("0x451b7cffd5afdd96a51fe8544f5ec6ffb29228bad9c3d25b5d9e4bcb05191f5c")
}

// UnpackBadHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHeader()
func (kernelVerifier *KernelVerifier) UnpackBadHeaderError(raw []byte) (*KernelVerifierBadHeader, error) {
	out := new(KernelVerifierBadHeader)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadIndex represents a BadIndex error raised by the KernelVerifier contract.
type KernelVerifierBadIndex struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func KernelVerifierBadIndexErrorID() common.Hash {
	return common.HexToHash("0x8c69f30ce613cf00078ce65567d04f6ba6644d72f86972d0dcec9a39d9b2661d")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func (kernelVerifier *KernelVerifier) UnpackBadIndexError(raw []byte) (*KernelVerifierBadIndex, error) {
	out := new(KernelVerifierBadIndex)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadLength represents a BadLength error raised by the KernelVerifier contract.
type KernelVerifierBadLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func KernelVerifierBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func (kernelVerifier *KernelVerifier) UnpackBadLengthError(raw []byte) (*KernelVerifierBadLength, error) {
	out := new(KernelVerifierBadLength)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadMyProof represents a BadMyProof error raised by the KernelVerifier contract.
type KernelVerifierBadMyProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMyProof()
func KernelVerifierBadMyProofErrorID() common.Hash {
	return common.HexToHash("0xf62f086af5d8650c1c0ab6f288cdd288b0bc8834d2822169944799b1cfe8fe3d")
}

// UnpackBadMyProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMyProof()
func (kernelVerifier *KernelVerifier) UnpackBadMyProofError(raw []byte) (*KernelVerifierBadMyProof, error) {
	out := new(KernelVerifierBadMyProof)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadMyProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadOpProof represents a BadOpProof error raised by the KernelVerifier contract.
type KernelVerifierBadOpProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpProof()
func KernelVerifierBadOpProofErrorID() common.Hash {
	return common.HexToHash("0xa44ae1248d24ac72d1b0ed1547ce2d02bcbe57925af3a8096031b97edc802fd9")
}

// UnpackBadOpProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpProof()
func (kernelVerifier *KernelVerifier) UnpackBadOpProofError(raw []byte) (*KernelVerifierBadOpProof, error) {
	out := new(KernelVerifierBadOpProof)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadOpProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadOperandType represents a BadOperandType error raised by the KernelVerifier contract.
type KernelVerifierBadOperandType struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOperandType(uint256 operand)
func KernelVerifierBadOperandTypeErrorID() common.Hash {
	return common.HexToHash("0x8c202a4c79d879cfd756b3f9f81dc2da46ceefd4da60f678475fc28df603801b")
}

// UnpackBadOperandTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOperandType(uint256 operand)
func (kernelVerifier *KernelVerifier) UnpackBadOperandTypeError(raw []byte) (*KernelVerifierBadOperandType, error) {
	out := new(KernelVerifierBadOperandType)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadOperandType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadOutSlotWitness represents a BadOutSlotWitness error raised by the KernelVerifier contract.
type KernelVerifierBadOutSlotWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutSlotWitness()
func KernelVerifierBadOutSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x610b1c19dabfa2373c42219c4a07a2f71e4bd41d04402832d9ba1ddb58ee582f")
}

// UnpackBadOutSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutSlotWitness()
func (kernelVerifier *KernelVerifier) UnpackBadOutSlotWitnessError(raw []byte) (*KernelVerifierBadOutSlotWitness, error) {
	out := new(KernelVerifierBadOutSlotWitness)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadOutSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadOutputType represents a BadOutputType error raised by the KernelVerifier contract.
type KernelVerifierBadOutputType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputType()
func KernelVerifierBadOutputTypeErrorID() common.Hash {
	return common.HexToHash("0x9af93d8d2a9a50f1121ef86631b556f7f3a3ed236ce8c70db2b3d270f62272bd")
}

// UnpackBadOutputTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputType()
func (kernelVerifier *KernelVerifier) UnpackBadOutputTypeError(raw []byte) (*KernelVerifierBadOutputType, error) {
	out := new(KernelVerifierBadOutputType)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadOutputType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadOutputs represents a BadOutputs error raised by the KernelVerifier contract.
type KernelVerifierBadOutputs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputs()
func KernelVerifierBadOutputsErrorID() common.Hash {
	return common.HexToHash("0xb0e458baf2457c37b92f185a8090e699aa1fcb06cfb7531c6094548f98a6d336")
}

// UnpackBadOutputsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputs()
func (kernelVerifier *KernelVerifier) UnpackBadOutputsError(raw []byte) (*KernelVerifierBadOutputs, error) {
	out := new(KernelVerifierBadOutputs)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadOutputs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadParameter represents a BadParameter error raised by the KernelVerifier contract.
type KernelVerifierBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func KernelVerifierBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (kernelVerifier *KernelVerifier) UnpackBadParameterError(raw []byte) (*KernelVerifierBadParameter, error) {
	out := new(KernelVerifierBadParameter)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadPerm represents a BadPerm error raised by the KernelVerifier contract.
type KernelVerifierBadPerm struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPerm()
func KernelVerifierBadPermErrorID() common.Hash {
	return common.HexToHash("0x39083d1ae8938531d36fe63bfb2122cb2a7daf468f3607802008d71d5ccc0f0f")
}

// UnpackBadPermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPerm()
func (kernelVerifier *KernelVerifier) UnpackBadPermError(raw []byte) (*KernelVerifierBadPerm, error) {
	out := new(KernelVerifierBadPerm)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadPerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadRequantParams represents a BadRequantParams error raised by the KernelVerifier contract.
type KernelVerifierBadRequantParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequantParams()
func KernelVerifierBadRequantParamsErrorID() common.Hash {
	return common.HexToHash("0x8b8d32d339c2be40d08ac9ffe295f086adc1a41bc5d7d67dda6e6f8d85b58152")
}

// UnpackBadRequantParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequantParams()
func (kernelVerifier *KernelVerifier) UnpackBadRequantParamsError(raw []byte) (*KernelVerifierBadRequantParams, error) {
	out := new(KernelVerifierBadRequantParams)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadRequantParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadShape represents a BadShape error raised by the KernelVerifier contract.
type KernelVerifierBadShape struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShape()
func KernelVerifierBadShapeErrorID() common.Hash {
	return common.HexToHash("0xa9b0b665c066a999c509260ff6cd126c2955aa72a3118849c60570a20fe63bd7")
}

// UnpackBadShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShape()
func (kernelVerifier *KernelVerifier) UnpackBadShapeError(raw []byte) (*KernelVerifierBadShape, error) {
	out := new(KernelVerifierBadShape)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadSiblings represents a BadSiblings error raised by the KernelVerifier contract.
type KernelVerifierBadSiblings struct {
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSiblings(uint256 want)
func KernelVerifierBadSiblingsErrorID() common.Hash {
	return common.HexToHash("0x077bac6ae92853533860828207623dfeef2e005cbf8799420baf981cd1eb2206")
}

// UnpackBadSiblingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSiblings(uint256 want)
func (kernelVerifier *KernelVerifier) UnpackBadSiblingsError(raw []byte) (*KernelVerifierBadSiblings, error) {
	out := new(KernelVerifierBadSiblings)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadSiblings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadSliceStart represents a BadSliceStart error raised by the KernelVerifier contract.
type KernelVerifierBadSliceStart struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSliceStart()
func KernelVerifierBadSliceStartErrorID() common.Hash {
	return common.HexToHash("0x5ebf6b57f08a4180036c0d8cf093276c7b3109727cb5861003ab9de55f003127")
}

// UnpackBadSliceStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSliceStart()
func (kernelVerifier *KernelVerifier) UnpackBadSliceStartError(raw []byte) (*KernelVerifierBadSliceStart, error) {
	out := new(KernelVerifierBadSliceStart)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadSliceStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadSlotProof represents a BadSlotProof error raised by the KernelVerifier contract.
type KernelVerifierBadSlotProof struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotProof(uint256 k)
func KernelVerifierBadSlotProofErrorID() common.Hash {
	return common.HexToHash("0x41ecd08cd4f346d1f9df7f0efd0f0f2f0450e0ce0c5607b95e89522f312df53e")
}

// UnpackBadSlotProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotProof(uint256 k)
func (kernelVerifier *KernelVerifier) UnpackBadSlotProofError(raw []byte) (*KernelVerifierBadSlotProof, error) {
	out := new(KernelVerifierBadSlotProof)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadSlotProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadSlotWitness represents a BadSlotWitness error raised by the KernelVerifier contract.
type KernelVerifierBadSlotWitness struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotWitness(uint256 operand)
func KernelVerifierBadSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x75712bd260879d97a64518398dead5c5a593ce1fdd06edd72a0b6deb64e0a661")
}

// UnpackBadSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotWitness(uint256 operand)
func (kernelVerifier *KernelVerifier) UnpackBadSlotWitnessError(raw []byte) (*KernelVerifierBadSlotWitness, error) {
	out := new(KernelVerifierBadSlotWitness)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadSteps represents a BadSteps error raised by the KernelVerifier contract.
type KernelVerifierBadSteps struct {
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSteps(uint64 steps)
func KernelVerifierBadStepsErrorID() common.Hash {
	return common.HexToHash("0xc0c8e000524f023e1801e669c48c02c98267642aa736aaffe3ed00b77f60b2cb")
}

// UnpackBadStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSteps(uint64 steps)
func (kernelVerifier *KernelVerifier) UnpackBadStepsError(raw []byte) (*KernelVerifierBadSteps, error) {
	out := new(KernelVerifierBadSteps)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierBadTheirProof represents a BadTheirProof error raised by the KernelVerifier contract.
type KernelVerifierBadTheirProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTheirProof()
func KernelVerifierBadTheirProofErrorID() common.Hash {
	return common.HexToHash("0x971a9d5501f598cc0a922116ab005f2c0be9d534b2a92cb69af6c66b13c8ea1c")
}

// UnpackBadTheirProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTheirProof()
func (kernelVerifier *KernelVerifier) UnpackBadTheirProofError(raw []byte) (*KernelVerifierBadTheirProof, error) {
	out := new(KernelVerifierBadTheirProof)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "BadTheirProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierCannotPost represents a CannotPost error raised by the KernelVerifier contract.
type KernelVerifierCannotPost struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotPost(address account)
func KernelVerifierCannotPostErrorID() common.Hash {
	return common.HexToHash("0x93db927a3697f925f9d364b3e7964dbb908b156efbc53ac928c388eda5bf9ef5")
}

// UnpackCannotPostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotPost(address account)
func (kernelVerifier *KernelVerifier) UnpackCannotPostError(raw []byte) (*KernelVerifierCannotPost, error) {
	out := new(KernelVerifierCannotPost)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "CannotPost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierChunkMismatch represents a ChunkMismatch error raised by the KernelVerifier contract.
type KernelVerifierChunkMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkMismatch()
func KernelVerifierChunkMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d8a57957583db546cd0da1376e9c824d926cac283da37f8b852ef2d4c72c827")
}

// UnpackChunkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkMismatch()
func (kernelVerifier *KernelVerifier) UnpackChunkMismatchError(raw []byte) (*KernelVerifierChunkMismatch, error) {
	out := new(KernelVerifierChunkMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ChunkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierClaimMatchesFinalState represents a ClaimMatchesFinalState error raised by the KernelVerifier contract.
type KernelVerifierClaimMatchesFinalState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMatchesFinalState()
func KernelVerifierClaimMatchesFinalStateErrorID() common.Hash {
	return common.HexToHash("0x6b2b76455aedc53789e4f8b4bddc22a3b00d0165e665df4b53c1db0094ee123c")
}

// UnpackClaimMatchesFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMatchesFinalState()
func (kernelVerifier *KernelVerifier) UnpackClaimMatchesFinalStateError(raw []byte) (*KernelVerifierClaimMatchesFinalState, error) {
	out := new(KernelVerifierClaimMatchesFinalState)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ClaimMatchesFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierClockExpired represents a ClockExpired error raised by the KernelVerifier contract.
type KernelVerifierClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func KernelVerifierClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (kernelVerifier *KernelVerifier) UnpackClockExpiredError(raw []byte) (*KernelVerifierClockExpired, error) {
	out := new(KernelVerifierClockExpired)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierClockRunning represents a ClockRunning error raised by the KernelVerifier contract.
type KernelVerifierClockRunning struct {
	GameId      *big.Int
	SecondsLeft *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func KernelVerifierClockRunningErrorID() common.Hash {
	return common.HexToHash("0x19cd57f890326c671dd10f1829b78eb2f8128f2e3e14b04b20aa64368b18d6ba")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func (kernelVerifier *KernelVerifier) UnpackClockRunningError(raw []byte) (*KernelVerifierClockRunning, error) {
	out := new(KernelVerifierClockRunning)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierDisputeGameAlreadySet represents a DisputeGameAlreadySet error raised by the KernelVerifier contract.
type KernelVerifierDisputeGameAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameAlreadySet()
func KernelVerifierDisputeGameAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xb7c39afb8c0691a5266ec774d38b5c31a670d0e91323777cdbbe4a087ce9d6dc")
}

// UnpackDisputeGameAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameAlreadySet()
func (kernelVerifier *KernelVerifier) UnpackDisputeGameAlreadySetError(raw []byte) (*KernelVerifierDisputeGameAlreadySet, error) {
	out := new(KernelVerifierDisputeGameAlreadySet)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "DisputeGameAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierDisputeGameNotSet represents a DisputeGameNotSet error raised by the KernelVerifier contract.
type KernelVerifierDisputeGameNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameNotSet()
func KernelVerifierDisputeGameNotSetErrorID() common.Hash {
	return common.HexToHash("0x1fadc21ebf4c4f5e8e1c3b3f4bef7196ef30db58f4bb99bcef7c124bb2aad6ea")
}

// UnpackDisputeGameNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameNotSet()
func (kernelVerifier *KernelVerifier) UnpackDisputeGameNotSetError(raw []byte) (*KernelVerifierDisputeGameNotSet, error) {
	out := new(KernelVerifierDisputeGameNotSet)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "DisputeGameNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierDissectionMismatch represents a DissectionMismatch error raised by the KernelVerifier contract.
type KernelVerifierDissectionMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DissectionMismatch()
func KernelVerifierDissectionMismatchErrorID() common.Hash {
	return common.HexToHash("0xef203ff3eff70b4a1d2f74ec675a72c47af2c28eef99b13d44aa3cba011bebc1")
}

// UnpackDissectionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DissectionMismatch()
func (kernelVerifier *KernelVerifier) UnpackDissectionMismatchError(raw []byte) (*KernelVerifierDissectionMismatch, error) {
	out := new(KernelVerifierDissectionMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "DissectionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierEmptyRow represents a EmptyRow error raised by the KernelVerifier contract.
type KernelVerifierEmptyRow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRow()
func KernelVerifierEmptyRowErrorID() common.Hash {
	return common.HexToHash("0x42f063fabbd7b6f59fa5f71873cf8890164d6b73d4abbfc7de7bf0d569170eda")
}

// UnpackEmptyRowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRow()
func (kernelVerifier *KernelVerifier) UnpackEmptyRowError(raw []byte) (*KernelVerifierEmptyRow, error) {
	out := new(KernelVerifierEmptyRow)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "EmptyRow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierGamesOpen represents a GamesOpen error raised by the KernelVerifier contract.
type KernelVerifierGamesOpen struct {
	ResultId  *big.Int
	OpenGames *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func KernelVerifierGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x6ee5d4edde7c7effe3cb9c78c0c7763e7cd6d1c2da1557803d6d09fbdabab610")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func (kernelVerifier *KernelVerifier) UnpackGamesOpenError(raw []byte) (*KernelVerifierGamesOpen, error) {
	out := new(KernelVerifierGamesOpen)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierIndexOutOfRange represents a IndexOutOfRange error raised by the KernelVerifier contract.
type KernelVerifierIndexOutOfRange struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func KernelVerifierIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func (kernelVerifier *KernelVerifier) UnpackIndexOutOfRangeError(raw []byte) (*KernelVerifierIndexOutOfRange, error) {
	out := new(KernelVerifierIndexOutOfRange)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierLeafBeyondTensor represents a LeafBeyondTensor error raised by the KernelVerifier contract.
type KernelVerifierLeafBeyondTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func KernelVerifierLeafBeyondTensorErrorID() common.Hash {
	return common.HexToHash("0xb984ad1fb53b4ede9a613b2b4ff6835e8df3e0f3c144bbd01707d867fcf9f36b")
}

// UnpackLeafBeyondTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func (kernelVerifier *KernelVerifier) UnpackLeafBeyondTensorError(raw []byte) (*KernelVerifierLeafBeyondTensor, error) {
	out := new(KernelVerifierLeafBeyondTensor)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "LeafBeyondTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierLeafWithinTensor represents a LeafWithinTensor error raised by the KernelVerifier contract.
type KernelVerifierLeafWithinTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func KernelVerifierLeafWithinTensorErrorID() common.Hash {
	return common.HexToHash("0x1b394532cef70fe8e2ec4606addde6abda532a45b6b0263c1dfde0f6586a9f42")
}

// UnpackLeafWithinTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func (kernelVerifier *KernelVerifier) UnpackLeafWithinTensorError(raw []byte) (*KernelVerifierLeafWithinTensor, error) {
	out := new(KernelVerifierLeafWithinTensor)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "LeafWithinTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierLengthMismatch represents a LengthMismatch error raised by the KernelVerifier contract.
type KernelVerifierLengthMismatch struct {
	XLen *big.Int
	YLen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func KernelVerifierLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func (kernelVerifier *KernelVerifier) UnpackLengthMismatchError(raw []byte) (*KernelVerifierLengthMismatch, error) {
	out := new(KernelVerifierLengthMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNoStake represents a NoStake error raised by the KernelVerifier contract.
type KernelVerifierNoStake struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake(address provider)
func KernelVerifierNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1130b1ce18cb10fbd4d6f64d9f418607abff316a696a3f52066db33473248660")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake(address provider)
func (kernelVerifier *KernelVerifier) UnpackNoStakeError(raw []byte) (*KernelVerifierNoStake, error) {
	out := new(KernelVerifierNoStake)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNonCanonicalOp represents a NonCanonicalOp error raised by the KernelVerifier contract.
type KernelVerifierNonCanonicalOp struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalOp()
func KernelVerifierNonCanonicalOpErrorID() common.Hash {
	return common.HexToHash("0x973f39f40c7758f7c49cf2c9608889c3b2bdb95d33aaa7750f2536d7d5d9a305")
}

// UnpackNonCanonicalOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalOp()
func (kernelVerifier *KernelVerifier) UnpackNonCanonicalOpError(raw []byte) (*KernelVerifierNonCanonicalOp, error) {
	out := new(KernelVerifierNonCanonicalOp)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NonCanonicalOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNotDisputeGame represents a NotDisputeGame error raised by the KernelVerifier contract.
type KernelVerifierNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func KernelVerifierNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (kernelVerifier *KernelVerifier) UnpackNotDisputeGameError(raw []byte) (*KernelVerifierNotDisputeGame, error) {
	out := new(KernelVerifierNotDisputeGame)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNotPending represents a NotPending error raised by the KernelVerifier contract.
type KernelVerifierNotPending struct {
	ResultId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func KernelVerifierNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func (kernelVerifier *KernelVerifier) UnpackNotPendingError(raw []byte) (*KernelVerifierNotPending, error) {
	out := new(KernelVerifierNotPending)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNotUnbonding represents a NotUnbonding error raised by the KernelVerifier contract.
type KernelVerifierNotUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonding(address provider)
func KernelVerifierNotUnbondingErrorID() common.Hash {
	return common.HexToHash("0x68dadb1523df8dee20db5db11837c54eaaa5c896e87e2e63a41110ef2c9f5c77")
}

// UnpackNotUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonding(address provider)
func (kernelVerifier *KernelVerifier) UnpackNotUnbondingError(raw []byte) (*KernelVerifierNotUnbonding, error) {
	out := new(KernelVerifierNotUnbonding)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NotUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNotYourTurn represents a NotYourTurn error raised by the KernelVerifier contract.
type KernelVerifierNotYourTurn struct {
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address expected)
func KernelVerifierNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address expected)
func (kernelVerifier *KernelVerifier) UnpackNotYourTurnError(raw []byte) (*KernelVerifierNotYourTurn, error) {
	out := new(KernelVerifierNotYourTurn)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierNothingToWithdraw represents a NothingToWithdraw error raised by the KernelVerifier contract.
type KernelVerifierNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func KernelVerifierNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (kernelVerifier *KernelVerifier) UnpackNothingToWithdrawError(raw []byte) (*KernelVerifierNothingToWithdraw, error) {
	out := new(KernelVerifierNothingToWithdraw)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierOutputRootMatches represents a OutputRootMatches error raised by the KernelVerifier contract.
type KernelVerifierOutputRootMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputRootMatches()
func KernelVerifierOutputRootMatchesErrorID() common.Hash {
	return common.HexToHash("0x6fb4fddaa9178d8555c98dc2c44c77be160448d7e2aea8d28a467b9fb2bae533")
}

// UnpackOutputRootMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputRootMatches()
func (kernelVerifier *KernelVerifier) UnpackOutputRootMatchesError(raw []byte) (*KernelVerifierOutputRootMatches, error) {
	out := new(KernelVerifierOutputRootMatches)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "OutputRootMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierOutputTypeMismatch represents a OutputTypeMismatch error raised by the KernelVerifier contract.
type KernelVerifierOutputTypeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTypeMismatch()
func KernelVerifierOutputTypeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8e9f4248561c8b91b611b121cd103ee0b4c7ce8486ab5f350c66a6abf9cb8a6d")
}

// UnpackOutputTypeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTypeMismatch()
func (kernelVerifier *KernelVerifier) UnpackOutputTypeMismatchError(raw []byte) (*KernelVerifierOutputTypeMismatch, error) {
	out := new(KernelVerifierOutputTypeMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "OutputTypeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierProgramRootMismatch represents a ProgramRootMismatch error raised by the KernelVerifier contract.
type KernelVerifierProgramRootMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramRootMismatch()
func KernelVerifierProgramRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xf5b05e5b572bf69806eb5d56a6151914756cc177e0627c8f82e84bc903b82228")
}

// UnpackProgramRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramRootMismatch()
func (kernelVerifier *KernelVerifier) UnpackProgramRootMismatchError(raw []byte) (*KernelVerifierProgramRootMismatch, error) {
	out := new(KernelVerifierProgramRootMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ProgramRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierProviderUnbonding represents a ProviderUnbonding error raised by the KernelVerifier contract.
type KernelVerifierProviderUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderUnbonding(address provider)
func KernelVerifierProviderUnbondingErrorID() common.Hash {
	return common.HexToHash("0x4a909b8f32d3e93a7d59077e2baf3b05e8a80e49151365f29b6dd698596df9df")
}

// UnpackProviderUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderUnbonding(address provider)
func (kernelVerifier *KernelVerifier) UnpackProviderUnbondingError(raw []byte) (*KernelVerifierProviderUnbonding, error) {
	out := new(KernelVerifierProviderUnbonding)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ProviderUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierRecordMismatch represents a RecordMismatch error raised by the KernelVerifier contract.
type KernelVerifierRecordMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordMismatch()
func KernelVerifierRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0xaa9bf0ae83addc57dadf81cb539dc193d74b5dda02c0b2043ee0cd8f4acf828d")
}

// UnpackRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordMismatch()
func (kernelVerifier *KernelVerifier) UnpackRecordMismatchError(raw []byte) (*KernelVerifierRecordMismatch, error) {
	out := new(KernelVerifierRecordMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "RecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierRootsAgree represents a RootsAgree error raised by the KernelVerifier contract.
type KernelVerifierRootsAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsAgree()
func KernelVerifierRootsAgreeErrorID() common.Hash {
	return common.HexToHash("0x613802fb8e4d7a065e41f3b92a79080e6bfc01982777f6a01f32b499b6715102")
}

// UnpackRootsAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsAgree()
func (kernelVerifier *KernelVerifier) UnpackRootsAgreeError(raw []byte) (*KernelVerifierRootsAgree, error) {
	out := new(KernelVerifierRootsAgree)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "RootsAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierStateMismatch represents a StateMismatch error raised by the KernelVerifier contract.
type KernelVerifierStateMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch()
func KernelVerifierStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x4ecc13ec067c89cec80d201c2de5329e924d99ed52d69de79bf13f0807729e0d")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch()
func (kernelVerifier *KernelVerifier) UnpackStateMismatchError(raw []byte) (*KernelVerifierStateMismatch, error) {
	out := new(KernelVerifierStateMismatch)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierStepCountMatches represents a StepCountMatches error raised by the KernelVerifier contract.
type KernelVerifierStepCountMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepCountMatches()
func KernelVerifierStepCountMatchesErrorID() common.Hash {
	return common.HexToHash("0x6d971dca286efde8e695c0016b694c397381111d0630a19d2ba461ae19ec1631")
}

// UnpackStepCountMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepCountMatches()
func (kernelVerifier *KernelVerifier) UnpackStepCountMatchesError(raw []byte) (*KernelVerifierStepCountMatches, error) {
	out := new(KernelVerifierStepCountMatches)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "StepCountMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierStringTooLong represents a StringTooLong error raised by the KernelVerifier contract.
type KernelVerifierStringTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func KernelVerifierStringTooLongErrorID() common.Hash {
	return common.HexToHash("0xc874dfa58fe3c504155fc1f7f8ed25493067c31b7821528a4b5b9e0134b42101")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func (kernelVerifier *KernelVerifier) UnpackStringTooLongError(raw []byte) (*KernelVerifierStringTooLong, error) {
	out := new(KernelVerifierStringTooLong)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierTransferFailed represents a TransferFailed error raised by the KernelVerifier contract.
type KernelVerifierTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func KernelVerifierTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (kernelVerifier *KernelVerifier) UnpackTransferFailedError(raw []byte) (*KernelVerifierTransferFailed, error) {
	out := new(KernelVerifierTransferFailed)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the KernelVerifier contract.
type KernelVerifierUnbondingDelayTooShort struct {
	UnbondingDelay *big.Int
	Required       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func KernelVerifierUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xc97848cec05cc7ad46155408b81fc1fb8f5506a1947abe6cf9aa0e9735b8fe9a")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func (kernelVerifier *KernelVerifier) UnpackUnbondingDelayTooShortError(raw []byte) (*KernelVerifierUnbondingDelayTooShort, error) {
	out := new(KernelVerifierUnbondingDelayTooShort)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierUnbondingNotElapsed represents a UnbondingNotElapsed error raised by the KernelVerifier contract.
type KernelVerifierUnbondingNotElapsed struct {
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func KernelVerifierUnbondingNotElapsedErrorID() common.Hash {
	return common.HexToHash("0xd3c68d401e91ef08da3522dfaf5a1bbbdda5f1d811fb98e774774a20ed3e5bff")
}

// UnpackUnbondingNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func (kernelVerifier *KernelVerifier) UnpackUnbondingNotElapsedError(raw []byte) (*KernelVerifierUnbondingNotElapsed, error) {
	out := new(KernelVerifierUnbondingNotElapsed)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "UnbondingNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierUnexpectedEther represents a UnexpectedEther error raised by the KernelVerifier contract.
type KernelVerifierUnexpectedEther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther()
func KernelVerifierUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0x5bb8e485d8872b3aaed8e95cb73575ce91377b05612394ee98232a9950c19a15")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther()
func (kernelVerifier *KernelVerifier) UnpackUnexpectedEtherError(raw []byte) (*KernelVerifierUnexpectedEther, error) {
	out := new(KernelVerifierUnexpectedEther)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierUnknownGame represents a UnknownGame error raised by the KernelVerifier contract.
type KernelVerifierUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func KernelVerifierUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (kernelVerifier *KernelVerifier) UnpackUnknownGameError(raw []byte) (*KernelVerifierUnknownGame, error) {
	out := new(KernelVerifierUnknownGame)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierUnknownOpcode represents a UnknownOpcode error raised by the KernelVerifier contract.
type KernelVerifierUnknownOpcode struct {
	Opcode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func KernelVerifierUnknownOpcodeErrorID() common.Hash {
	return common.HexToHash("0xb378b6d43ceac99f8b401eae7f0576c8493e4e7f70b1c76e0562c07e609e3bc8")
}

// UnpackUnknownOpcodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func (kernelVerifier *KernelVerifier) UnpackUnknownOpcodeError(raw []byte) (*KernelVerifierUnknownOpcode, error) {
	out := new(KernelVerifierUnknownOpcode)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "UnknownOpcode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierUnknownResult represents a UnknownResult error raised by the KernelVerifier contract.
type KernelVerifierUnknownResult struct {
	ResultId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownResult(uint256 resultId)
func KernelVerifierUnknownResultErrorID() common.Hash {
	return common.HexToHash("0x5d32e1ccdf3241a082c2447b8910185b8850da0155aa6396f5a7055023ae981b")
}

// UnpackUnknownResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownResult(uint256 resultId)
func (kernelVerifier *KernelVerifier) UnpackUnknownResultError(raw []byte) (*KernelVerifierUnknownResult, error) {
	out := new(KernelVerifierUnknownResult)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "UnknownResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierValuesAgree represents a ValuesAgree error raised by the KernelVerifier contract.
type KernelVerifierValuesAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValuesAgree()
func KernelVerifierValuesAgreeErrorID() common.Hash {
	return common.HexToHash("0x011e552774a28cee1a35f2e6720f4afa591bbb828856ab60a6fa1a8162567ea0")
}

// UnpackValuesAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValuesAgree()
func (kernelVerifier *KernelVerifier) UnpackValuesAgreeError(raw []byte) (*KernelVerifierValuesAgree, error) {
	out := new(KernelVerifierValuesAgree)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ValuesAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierWindowClosed represents a WindowClosed error raised by the KernelVerifier contract.
type KernelVerifierWindowClosed struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func KernelVerifierWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x184663dd4b9fdcadf36bbcb9f4c6941af76e8cf9d050bb5460f87fa79c3de0b1")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func (kernelVerifier *KernelVerifier) UnpackWindowClosedError(raw []byte) (*KernelVerifierWindowClosed, error) {
	out := new(KernelVerifierWindowClosed)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierWindowOpen represents a WindowOpen error raised by the KernelVerifier contract.
type KernelVerifierWindowOpen struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func KernelVerifierWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xe51685620f6e45a689af7265059398ce8db258b0ddc54c49831531ebb3e37d89")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func (kernelVerifier *KernelVerifier) UnpackWindowOpenError(raw []byte) (*KernelVerifierWindowOpen, error) {
	out := new(KernelVerifierWindowOpen)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierWrongBond represents a WrongBond error raised by the KernelVerifier contract.
type KernelVerifierWrongBond struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func KernelVerifierWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func (kernelVerifier *KernelVerifier) UnpackWrongBondError(raw []byte) (*KernelVerifierWrongBond, error) {
	out := new(KernelVerifierWrongBond)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierWrongInputCount represents a WrongInputCount error raised by the KernelVerifier contract.
type KernelVerifierWrongInputCount struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func KernelVerifierWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0xc8a519a8b3b20dfb4c5792401550928d972f113659edad15df4ad658f77391df")
}

// UnpackWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func (kernelVerifier *KernelVerifier) UnpackWrongInputCountError(raw []byte) (*KernelVerifierWrongInputCount, error) {
	out := new(KernelVerifierWrongInputCount)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierWrongPhase represents a WrongPhase error raised by the KernelVerifier contract.
type KernelVerifierWrongPhase struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func KernelVerifierWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x083a89f234e0317d5ce7ed572bfc6b4676dca2826b7b9120222ca6b80bfc9c27")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func (kernelVerifier *KernelVerifier) UnpackWrongPhaseError(raw []byte) (*KernelVerifierWrongPhase, error) {
	out := new(KernelVerifierWrongPhase)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierZeroAddress represents a ZeroAddress error raised by the KernelVerifier contract.
type KernelVerifierZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func KernelVerifierZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (kernelVerifier *KernelVerifier) UnpackZeroAddressError(raw []byte) (*KernelVerifierZeroAddress, error) {
	out := new(KernelVerifierZeroAddress)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// KernelVerifierZeroValue represents a ZeroValue error raised by the KernelVerifier contract.
type KernelVerifierZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func KernelVerifierZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (kernelVerifier *KernelVerifier) UnpackZeroValueError(raw []byte) (*KernelVerifierZeroValue, error) {
	out := new(KernelVerifierZeroValue)
	if err := kernelVerifier.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryMetaData contains all meta data concerning the ProviderRegistry contract.
var ProviderRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbondingDelay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_STRING_BYTES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"canPost\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nodeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"name\":\"nodeInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"registrant\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"memoryBytes\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"uuid\",\"type\":\"string\"}],\"internalType\":\"structIProviderRegistry.NodeInfo\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"providers\",\"outputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"internalType\":\"structIProviderRegistry.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"memoryBytes\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"uuid\",\"type\":\"string\"}],\"name\":\"registerNode\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"name\":\"setDisputeGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"Bonded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputeGame\",\"type\":\"address\"}],\"name\":\"DisputeGameSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"nodeId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"gpuModel\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"memoryBytes\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"uuid\",\"type\":\"string\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StakeWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadChunkCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"BadChunkWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConcat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescendants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadDissectionLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadMyProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOpProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadOperandType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutSlotWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPerm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequantParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadSiblings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSliceStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"BadSlotProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadSlotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"BadSteps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTheirProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CannotPost\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChunkMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimMatchesFinalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"secondsLeft\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DissectionMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"openGames\",\"type\":\"uint256\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafBeyondTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafWithinTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"xLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yLen\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputRootMatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputTypeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProgramRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsAgree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StepCountMatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"UnbondingNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opcode\",\"type\":\"uint8\"}],\"name\":\"UnknownOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"UnknownResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValuesAgree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "4b0b255ff1dc97a64a52d024bfb178965d",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051612d29380380612d2983398101604081905261002e916101ca565b33604051806040016040528060118152602001704372757820436f6d70757465204e6f646560781b81525060405180604001604052806008815260200167435255584e4f444560c01b815250815f9081610088919061028f565b506001610095828261028f565b5050506001600160a01b0381166100c657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100cf81610179565b508115806100e357506001600160801b0382115b1561011c5760405163e70e701560e01b81526020600482015260086024820152676d696e5374616b6560c01b60448201526064016100bd565b80158061012c575063ffffffff81115b1561016b5760405163e70e701560e01b815260206004820152600e60248201526d756e626f6e64696e6744656c617960901b60448201526064016100bd565b60809190915260a05261034d565b600680546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b5f5f604083850312156101db575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061021457607f821691505b60208210810361023257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561028a578282111561028a57805f5260205f20601f840160051c602085101561026357505f5b90810190601f840160051c035f5b81811015610286575f83820155600101610271565b5050505b505050565b81516001600160401b038111156102a8576102a86101ec565b6102bc816102b68454610200565b84610238565b6020601f8211600181146102ee575f83156102d75750848201515b5f19600385901b1c1916600184901b178455610346565b5f84815260208120601f198516915b8281101561031d57878501518255602094850194600190920191016102fd565b508482101561033a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05161299f61038a5f395f818161061e01528181610c9501528181610ce101526113b501525f81816103ae0152611054015261299f5ff3fe6080604052600436106101db575f3560e01c80636da49b83116100fd578063a52b48a811610092578063c87b56dd11610062578063c87b56dd146105ee578063db7dd35a1461060d578063e985e9c514610640578063f2fde38b14610687575f5ffd5b8063a52b48a81461057b578063b02439ae1461058f578063b88d4fde146105bb578063bed9d861146105da575f5ffd5b80638b0e9f3f116100cd5780638b0e9f3f146105165780638da5cb5b1461052b57806395d89b4114610548578063a22cb4651461055c575f5ffd5b80636da49b83146104af57806370a08231146104c4578063715018a6146104e35780637fabb4a8146104f7575f5ffd5b8063375b3c0a1161017357806356e124cd1161014357806356e124cd1461044a57806362d3576b146104695780636352211e1461048857806364c9ec6f146104a7575f5ffd5b8063375b3c0a1461039d57806342623360146103d057806342842e0e14610416578063514abb5914610435575f5ffd5b8063081812fc116101ae578063081812fc14610307578063095ea7b31461033e57806323b872dd1461035f5780632491bbd71461037e575f5ffd5b806301ffc9a7146101df57806302fb4d851461021357806306fdde03146102405780630787bc2714610261575b5f5ffd5b3480156101ea575f5ffd5b506101fe6101f93660046122ef565b6106a6565b60405190151581526020015b60405180910390f35b34801561021e575f5ffd5b5061023261022d36600461231e565b61078a565b60405190815260200161020a565b34801561024b575f5ffd5b50610254610950565b60405161020a9190612376565b34801561026c575f5ffd5b506102ec61027b366004612388565b604080518082019091525f8082526020820152506001600160a01b03165f908152600a60209081526040918290208251808401909352546fffffffffffffffffffffffffffffffff81168352700100000000000000000000000000000000900467ffffffffffffffff169082015290565b6040805182518152602092830151928101929092520161020a565b348015610312575f5ffd5b506103266103213660046123a3565b6109df565b6040516001600160a01b03909116815260200161020a565b348015610349575f5ffd5b5061035d61035836600461231e565b610a06565b005b34801561036a575f5ffd5b5061035d6103793660046123ba565b610a15565b348015610389575f5ffd5b5061035d610398366004612388565b610ad0565b3480156103a8575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b3480156103db575f5ffd5b506102326103ea366004612388565b6001600160a01b03165f908152600a60205260409020546fffffffffffffffffffffffffffffffff1690565b348015610421575f5ffd5b5061035d6104303660046123ba565b610d76565b348015610440575f5ffd5b5061023261010081565b348015610455575f5ffd5b5061023261046436600461243d565b610d95565b348015610474575f5ffd5b506101fe610483366004612388565b611011565b348015610493575f5ffd5b506103266104a23660046123a3565b611091565b61035d61109b565b3480156104ba575f5ffd5b5061023260085481565b3480156104cf575f5ffd5b506102326104de366004612388565b61126b565b3480156104ee575f5ffd5b5061035d6112c9565b348015610502575f5ffd5b50600754610326906001600160a01b031681565b348015610521575f5ffd5b5061023260095481565b348015610536575f5ffd5b506006546001600160a01b0316610326565b348015610553575f5ffd5b506102546112dc565b348015610567575f5ffd5b5061035d6105763660046124cb565b6112eb565b348015610586575f5ffd5b5061035d6112f6565b34801561059a575f5ffd5b506105ae6105a93660046123a3565b611454565b60405161020a9190612506565b3480156105c6575f5ffd5b5061035d6105d5366004612592565b6115fb565b3480156105e5575f5ffd5b5061035d611613565b3480156105f9575f5ffd5b506102546106083660046123a3565b6117ee565b348015610618575f5ffd5b506102327f000000000000000000000000000000000000000000000000000000000000000081565b34801561064b575f5ffd5b506101fe61065a366004612674565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b348015610692575f5ffd5b5061035d6106a1366004612388565b61185e565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167f80ac58cd00000000000000000000000000000000000000000000000000000000148061073857507fffffffff0000000000000000000000000000000000000000000000000000000082167f5b5e139f00000000000000000000000000000000000000000000000000000000145b8061078457507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b6007545f906001600160a01b0316331415806107a4575033155b156107e2576040517f1608e75a0000000000000000000000000000000000000000000000000000000081523360048201526024015b60405180910390fd5b6001600160a01b0383165f908152600a6020526040902080546fffffffffffffffffffffffffffffffff1680841061081a578061081c565b835b925061082883826126cd565b82547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff91909116178255600980548491905f906108789084906126cd565b909155505060408051858152602081018590526001600160a01b038716917f45a371af55b0726877a30f464edc14db5879ab096590bacce682cf6c18223596910160405180910390a28215610948576040515f90339085908381818185875af1925050503d805f8114610906576040519150601f19603f3d011682016040523d82523d5f602084013e61090b565b606091505b5050905080610946576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b505092915050565b60605f805461095e906126e0565b80601f016020809104026020016040519081016040528092919081815260200182805461098a906126e0565b80156109d55780601f106109ac576101008083540402835291602001916109d5565b820191905f5260205f20905b8154815290600101906020018083116109b857829003601f168201915b5050505050905090565b5f6109e9826118b4565b505f828152600460205260409020546001600160a01b0316610784565b610a11828233611905565b5050565b6001600160a01b038216610a57576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016107d9565b5f610a63838333611912565b9050836001600160a01b0316816001600160a01b031614610aca576040517f64283d7b0000000000000000000000000000000000000000000000000000000081526001600160a01b03808616600483015260248201849052821660448201526064016107d9565b50505050565b610ad8611a1c565b6001600160a01b038116610b18576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6007546001600160a01b031615610b5b576040517fb7c39afb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f816001600160a01b031663ad61d2496040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b98573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbc9190612731565b610bc7906002612748565b826001600160a01b031663d0f6d5a96040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c03573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c27919061275f565b6001600160a01b031663861a14126040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c62573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c869190612731565b610c90919061277a565b9050807f000000000000000000000000000000000000000000000000000000000000000011610d14576040517fc97848ce0000000000000000000000000000000000000000000000000000000081527f00000000000000000000000000000000000000000000000000000000000000006004820152602481018290526044016107d9565b600780547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0384169081179091556040517f22836f8f6ccdd2a457795d4d0ec68a7fbdb87af49e7cb6a52a8c472bedab7945905f90a25050565b610d9083838360405180602001604052805f8152506115fb565b505050565b5f610d9f33611011565b610dd7576040517f93db927a0000000000000000000000000000000000000000000000000000000081523360048201526024016107d9565b610100851115610e1e576040517fc874dfa50000000000000000000000000000000000000000000000000000000081526004810186905261010060248201526044016107d9565b610100821115610e65576040517fc874dfa50000000000000000000000000000000000000000000000000000000081526004810183905261010060248201526044016107d9565b60085f8154610e739061278d565b91905081905590506040518060800160405280336001600160a01b031681526020018567ffffffffffffffff16815260200187878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250505090825250604080516020601f8701819004810282018101909252858152918101919086908690819084018382808284375f920182905250939094525050838152600b6020908152604091829020845181549286015167ffffffffffffffff1674010000000000000000000000000000000000000000027fffffffff000000000000000000000000000000000000000000000000000000009093166001600160a01b0390911617919091178155908301519091506001820190610f9b90826127f3565b5060608201516002820190610fb090826127f3565b50905050336001600160a01b0316817fe92a5ef2d7d4499c56160ed126327ea9cb4e8668713acaf28a2a285fa69573218888888888604051610ff69594939291906128d7565b60405180910390a36110083382611a62565b95945050505050565b6001600160a01b0381165f908152600a602052604081208054700100000000000000000000000000000000900467ffffffffffffffff1615801561108a575080547f00000000000000000000000000000000000000000000000000000000000000006fffffffffffffffffffffffffffffffff90911610155b9392505050565b5f610784826118b4565b345f036110d4576040517f7c946ed700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600a602052604090208054700100000000000000000000000000000000900467ffffffffffffffff161561113b576040517f4a909b8f0000000000000000000000000000000000000000000000000000000081523360048201526024016107d9565b80545f9061115c9034906fffffffffffffffffffffffffffffffff1661277a565b90506fffffffffffffffffffffffffffffffff8111156111d8576040517fe70e701500000000000000000000000000000000000000000000000000000000815260206004820152600560248201527f7374616b6500000000000000000000000000000000000000000000000000000060448201526064016107d9565b81547fffffffffffffffffffffffffffffffff00000000000000000000000000000000166fffffffffffffffffffffffffffffffff8216178255600980543491905f9061122690849061277a565b9091555050604080513481526020810183905233917f524384adee0b2f52827eebf00ddd616aa286978612393216724d61cdb43dc83591015b60405180910390a25050565b5f6001600160a01b0382166112ae576040517f89c62b640000000000000000000000000000000000000000000000000000000081525f60048201526024016107d9565b506001600160a01b03165f9081526003602052604090205490565b6112d1611a1c565b6112da5f611af5565b565b60606001805461095e906126e0565b610a11338383611b5e565b335f908152600a60205260408120805490916fffffffffffffffffffffffffffffffff9091169003611356576040517f1130b1ce0000000000000000000000000000000000000000000000000000000081523360048201526024016107d9565b8054700100000000000000000000000000000000900467ffffffffffffffff16156113af576040517f4a909b8f0000000000000000000000000000000000000000000000000000000081523360048201526024016107d9565b5f6113da7f00000000000000000000000000000000000000000000000000000000000000004261277a565b82547fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff1670010000000000000000000000000000000067ffffffffffffffff83160217835560405181815290915033907f04493d861f5601842d8c33f67345d846cdb41ea2849fc63bd9076092debd2c6e9060200161125f565b604080516080810182525f808252602082015260609181018290528181019190915261147f826118b4565b505f828152600b6020908152604091829020825160808101845281546001600160a01b038116825274010000000000000000000000000000000000000000900467ffffffffffffffff169281019290925260018101805491938301916114e4906126e0565b80601f0160208091040260200160405190810160405280929190818152602001828054611510906126e0565b801561155b5780601f106115325761010080835404028352916020019161155b565b820191905f5260205f20905b81548152906001019060200180831161153e57829003601f168201915b50505050508152602001826002018054611574906126e0565b80601f01602080910402602001604051908101604052809291908181526020018280546115a0906126e0565b80156115eb5780601f106115c2576101008083540402835291602001916115eb565b820191905f5260205f20905b8154815290600101906020018083116115ce57829003601f168201915b5050505050815250915050919050565b611606848484610a15565b610aca3385858585611c75565b61161b611e19565b335f908152600a602052604081208054909170010000000000000000000000000000000090910467ffffffffffffffff1690819003611688576040517f68dadb150000000000000000000000000000000000000000000000000000000081523360048201526024016107d9565b804210156116c5576040517fd3c68d40000000000000000000000000000000000000000000000000000000008152600481018290526024016107d9565b8154335f908152600a6020526040812080547fffffffffffffffff000000000000000000000000000000000000000000000000169055600980546fffffffffffffffffffffffffffffffff909316928392906117229084906126cd565b909155505060405181815233907f8108595eb6bad3acefa9da467d90cc2217686d5c5ac85460f8b7849c840645fc9060200160405180910390a280156117e3576040515f90339083908381818185875af1925050503d805f81146117a1576040519150601f19603f3d011682016040523d82523d5f602084013e6117a6565b606091505b50509050806117e1576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b5050506112da611e4e565b60606117f9826118b4565b505f61180f60408051602081019091525f815290565b90505f81511161182d5760405180602001604052805f81525061108a565b8061183784611e78565b604051602001611848929190612930565b6040516020818303038152906040529392505050565b611866611a1c565b6001600160a01b0381166118a8576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024016107d9565b6118b181611af5565b50565b5f818152600260205260408120546001600160a01b031680610784576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018490526024016107d9565b610d908383836001611f15565b5f828152600260205260408120546001600160a01b039081169083161561193e5761193e818486612068565b6001600160a01b03811615611978576119595f855f5f611f15565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b038516156119a6576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6006546001600160a01b031633146112da576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016107d9565b6001600160a01b038216611aa4576040517f64a0ae920000000000000000000000000000000000000000000000000000000081525f60048201526024016107d9565b5f611ab083835f611912565b90506001600160a01b03811615610d90576040517f73c6ac6e0000000000000000000000000000000000000000000000000000000081525f60048201526024016107d9565b600680546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b038316611ba0576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081525f60048201526024016107d9565b6001600160a01b038216611beb576040517f5b08ba180000000000000000000000000000000000000000000000000000000081526001600160a01b03831660048201526024016107d9565b6001600160a01b038381165f8181526005602090815260408083209487168084529482529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15611e12576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a0290611cd0908890889087908790600401612944565b6020604051808303815f875af1925050508015611d0a575060408051601f3d908101601f19168201909252611d0791810190612984565b60015b611d8a573d808015611d37576040519150601f19603f3d011682016040523d82523d5f602084013e611d3c565b606091505b5080515f03611d82576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107d9565b805160208201fd5b7fffffffff0000000000000000000000000000000000000000000000000000000081167f150b7a020000000000000000000000000000000000000000000000000000000014611e10576040517f64a0ae920000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024016107d9565b505b5050505050565b611e216120fe565b6112da60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90612157565b6112da5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611e48565b60605f611e848361215e565b60010190505f8167ffffffffffffffff811115611ea357611ea3612565565b6040519080825280601f01601f191660200182016040528015611ecd576020820181803683370190505b5090508181016020015b5f19017f3031323334353637383961626364656600000000000000000000000000000000600a86061a8153600a8504945084611ed757509392505050565b8080611f2957506001600160a01b03821615155b15612021575f611f38846118b4565b90506001600160a01b03831615801590611f645750826001600160a01b0316816001600160a01b031614155b8015611f9557506001600160a01b038082165f9081526005602090815260408083209387168352929052205460ff16155b15611fd7576040517fa9fbf51f0000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024016107d9565b811561201f5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b61207383838361223f565b610d90576001600160a01b0383166120ba576040517f7e273289000000000000000000000000000000000000000000000000000000008152600481018290526024016107d9565b6040517f177e802f0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602481018290526044016107d9565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c156112da576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b5f807a184f03e93ff9f4daa797ed6e38ed64bf6a1f01000000000000000083106121a6577a184f03e93ff9f4daa797ed6e38ed64bf6a1f010000000000000000830492506040015b6d04ee2d6d415b85acef810000000083106121d2576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106121f057662386f26fc10000830492506010015b6305f5e1008310612208576305f5e100830492506008015b612710831061221c57612710830492506004015b6064831061222e576064830492506002015b600a83106107845760010192915050565b5f6001600160a01b038316158015906122ba5750826001600160a01b0316846001600160a01b0316148061229757506001600160a01b038085165f9081526005602090815260408083209387168352929052205460ff165b806122ba57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b7fffffffff00000000000000000000000000000000000000000000000000000000811681146118b1575f5ffd5b5f602082840312156122ff575f5ffd5b813561108a816122c2565b6001600160a01b03811681146118b1575f5ffd5b5f5f6040838503121561232f575f5ffd5b823561233a8161230a565b946020939093013593505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61108a6020830184612348565b5f60208284031215612398575f5ffd5b813561108a8161230a565b5f602082840312156123b3575f5ffd5b5035919050565b5f5f5f606084860312156123cc575f5ffd5b83356123d78161230a565b925060208401356123e78161230a565b929592945050506040919091013590565b5f5f83601f840112612408575f5ffd5b50813567ffffffffffffffff81111561241f575f5ffd5b602083019150836020828501011115612436575f5ffd5b9250929050565b5f5f5f5f5f60608688031215612451575f5ffd5b853567ffffffffffffffff811115612467575f5ffd5b612473888289016123f8565b909650945050602086013567ffffffffffffffff81168114612493575f5ffd5b9250604086013567ffffffffffffffff8111156124ae575f5ffd5b6124ba888289016123f8565b969995985093965092949392505050565b5f5f604083850312156124dc575f5ffd5b82356124e78161230a565b9150602083013580151581146124fb575f5ffd5b809150509250929050565b602081526001600160a01b03825116602082015267ffffffffffffffff60208301511660408201525f60408301516080606084015261254860a0840182612348565b90506060840151601f198483030160808501526110088282612348565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f5f5f5f608085870312156125a5575f5ffd5b84356125b08161230a565b935060208501356125c08161230a565b925060408501359150606085013567ffffffffffffffff8111156125e2575f5ffd5b8501601f810187136125f2575f5ffd5b803567ffffffffffffffff81111561260c5761260c612565565b604051601f19603f601f19601f8501160116810181811067ffffffffffffffff8211171561263c5761263c612565565b604052818152828201602001891015612653575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215612685575f5ffd5b82356126908161230a565b915060208301356124fb8161230a565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b81810381811115610784576107846126a0565b600181811c908216806126f457607f821691505b60208210810361272b577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b5f60208284031215612741575f5ffd5b5051919050565b8082028115828204841417610784576107846126a0565b5f6020828403121561276f575f5ffd5b815161108a8161230a565b80820180821115610784576107846126a0565b5f5f19820361279e5761279e6126a0565b5060010190565b601f821115610d905782821115610d9057805f5260205f20601f840160051c60208510156127d057505f5b90810190601f840160051c035f5b81811015611e10575f838201556001016127de565b815167ffffffffffffffff81111561280d5761280d612565565b6128218161281b84546126e0565b846127a5565b6020601f821160018114612853575f831561283c5750848201515b5f19600385901b1c1916600184901b178455611e12565b5f84815260208120601f198516915b828110156128825787850151825560209485019460019092019101612862565b508482101561289f57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b81835281816020850137505f602082840101525f6020601f19601f840116840101905092915050565b606081525f6128ea6060830187896128ae565b67ffffffffffffffff86166020840152828103604084015261290d8185876128ae565b98975050505050505050565b5f81518060208401855e5f93019283525090919050565b5f6122ba61293e8386612919565b84612919565b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f61297a6080830184612348565b9695505050505050565b5f60208284031215612994575f5ffd5b815161108a816122c256",
}

// ProviderRegistry is an auto generated Go binding around an Ethereum contract.
type ProviderRegistry struct {
	abi abi.ABI
}

// NewProviderRegistry creates a new instance of ProviderRegistry.
func NewProviderRegistry() *ProviderRegistry {
	parsed, err := ProviderRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ProviderRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ProviderRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minStake_, uint256 unbondingDelay_) returns()
func (providerRegistry *ProviderRegistry) PackConstructor(minStake_ *big.Int, unbondingDelay_ *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("", minStake_, unbondingDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSTRINGBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x514abb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STRING_BYTES() view returns(uint256)
func (providerRegistry *ProviderRegistry) PackMAXSTRINGBYTES() []byte {
	enc, err := providerRegistry.abi.Pack("MAX_STRING_BYTES")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTRINGBYTES is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x514abb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STRING_BYTES() view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackMAXSTRINGBYTES() ([]byte, error) {
	return providerRegistry.abi.Pack("MAX_STRING_BYTES")
}

// UnpackMAXSTRINGBYTES is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x514abb59.
//
// Solidity: function MAX_STRING_BYTES() view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackMAXSTRINGBYTES(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("MAX_STRING_BYTES", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (providerRegistry *ProviderRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (providerRegistry *ProviderRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (providerRegistry *ProviderRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bond() payable returns()
func (providerRegistry *ProviderRegistry) PackBond() []byte {
	enc, err := providerRegistry.abi.Pack("bond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64c9ec6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bond() payable returns()
func (providerRegistry *ProviderRegistry) TryPackBond() ([]byte, error) {
	return providerRegistry.abi.Pack("bond")
}

// PackCanPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d3576b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canPost(address provider) view returns(bool)
func (providerRegistry *ProviderRegistry) PackCanPost(provider common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("canPost", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62d3576b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canPost(address provider) view returns(bool)
func (providerRegistry *ProviderRegistry) TryPackCanPost(provider common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("canPost", provider)
}

// UnpackCanPost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62d3576b.
//
// Solidity: function canPost(address provider) view returns(bool)
func (providerRegistry *ProviderRegistry) UnpackCanPost(data []byte) (bool, error) {
	out, err := providerRegistry.abi.Unpack("canPost", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeGame() view returns(address)
func (providerRegistry *ProviderRegistry) PackDisputeGame() []byte {
	enc, err := providerRegistry.abi.Pack("disputeGame")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeGame() view returns(address)
func (providerRegistry *ProviderRegistry) TryPackDisputeGame() ([]byte, error) {
	return providerRegistry.abi.Pack("disputeGame")
}

// UnpackDisputeGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fabb4a8.
//
// Solidity: function disputeGame() view returns(address)
func (providerRegistry *ProviderRegistry) UnpackDisputeGame(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("disputeGame", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (providerRegistry *ProviderRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (providerRegistry *ProviderRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (providerRegistry *ProviderRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (providerRegistry *ProviderRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (providerRegistry *ProviderRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (providerRegistry *ProviderRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := providerRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (providerRegistry *ProviderRegistry) PackMinStake() []byte {
	enc, err := providerRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackMinStake() ([]byte, error) {
	return providerRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (providerRegistry *ProviderRegistry) PackName() []byte {
	enc, err := providerRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (providerRegistry *ProviderRegistry) TryPackName() ([]byte, error) {
	return providerRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (providerRegistry *ProviderRegistry) UnpackName(data []byte) (string, error) {
	out, err := providerRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeCount() view returns(uint256)
func (providerRegistry *ProviderRegistry) PackNodeCount() []byte {
	enc, err := providerRegistry.abi.Pack("nodeCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6da49b83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeCount() view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackNodeCount() ([]byte, error) {
	return providerRegistry.abi.Pack("nodeCount")
}

// UnpackNodeCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6da49b83.
//
// Solidity: function nodeCount() view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackNodeCount(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("nodeCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb02439ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodeInfo(uint256 nodeId) view returns((address,uint64,string,string))
func (providerRegistry *ProviderRegistry) PackNodeInfo(nodeId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("nodeInfo", nodeId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodeInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb02439ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodeInfo(uint256 nodeId) view returns((address,uint64,string,string))
func (providerRegistry *ProviderRegistry) TryPackNodeInfo(nodeId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("nodeInfo", nodeId)
}

// UnpackNodeInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb02439ae.
//
// Solidity: function nodeInfo(uint256 nodeId) view returns((address,uint64,string,string))
func (providerRegistry *ProviderRegistry) UnpackNodeInfo(data []byte) (IProviderRegistryNodeInfo, error) {
	out, err := providerRegistry.abi.Unpack("nodeInfo", data)
	if err != nil {
		return *new(IProviderRegistryNodeInfo), err
	}
	out0 := *abi.ConvertType(out[0], new(IProviderRegistryNodeInfo)).(*IProviderRegistryNodeInfo)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (providerRegistry *ProviderRegistry) PackOwner() []byte {
	enc, err := providerRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (providerRegistry *ProviderRegistry) TryPackOwner() ([]byte, error) {
	return providerRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (providerRegistry *ProviderRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (providerRegistry *ProviderRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (providerRegistry *ProviderRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (providerRegistry *ProviderRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := providerRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0787bc27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providers(address provider) view returns((uint256,uint256))
func (providerRegistry *ProviderRegistry) PackProviders(provider common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("providers", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0787bc27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providers(address provider) view returns((uint256,uint256))
func (providerRegistry *ProviderRegistry) TryPackProviders(provider common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("providers", provider)
}

// UnpackProviders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0787bc27.
//
// Solidity: function providers(address provider) view returns((uint256,uint256))
func (providerRegistry *ProviderRegistry) UnpackProviders(data []byte) (IProviderRegistryProvider, error) {
	out, err := providerRegistry.abi.Unpack("providers", data)
	if err != nil {
		return *new(IProviderRegistryProvider), err
	}
	out0 := *abi.ConvertType(out[0], new(IProviderRegistryProvider)).(*IProviderRegistryProvider)
	return out0, nil
}

// PackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56e124cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNode(string gpuModel, uint64 memoryBytes, string uuid) returns(uint256 nodeId)
func (providerRegistry *ProviderRegistry) PackRegisterNode(gpuModel string, memoryBytes uint64, uuid string) []byte {
	enc, err := providerRegistry.abi.Pack("registerNode", gpuModel, memoryBytes, uuid)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56e124cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNode(string gpuModel, uint64 memoryBytes, string uuid) returns(uint256 nodeId)
func (providerRegistry *ProviderRegistry) TryPackRegisterNode(gpuModel string, memoryBytes uint64, uuid string) ([]byte, error) {
	return providerRegistry.abi.Pack("registerNode", gpuModel, memoryBytes, uuid)
}

// UnpackRegisterNode is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56e124cd.
//
// Solidity: function registerNode(string gpuModel, uint64 memoryBytes, string uuid) returns(uint256 nodeId)
func (providerRegistry *ProviderRegistry) UnpackRegisterNode(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("registerNode", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (providerRegistry *ProviderRegistry) PackRenounceOwnership() []byte {
	enc, err := providerRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (providerRegistry *ProviderRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return providerRegistry.abi.Pack("renounceOwnership")
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa52b48a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond() returns()
func (providerRegistry *ProviderRegistry) PackRequestUnbond() []byte {
	enc, err := providerRegistry.abi.Pack("requestUnbond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa52b48a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond() returns()
func (providerRegistry *ProviderRegistry) TryPackRequestUnbond() ([]byte, error) {
	return providerRegistry.abi.Pack("requestUnbond")
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (providerRegistry *ProviderRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (providerRegistry *ProviderRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (providerRegistry *ProviderRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := providerRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (providerRegistry *ProviderRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return providerRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (providerRegistry *ProviderRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := providerRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (providerRegistry *ProviderRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return providerRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeGame(address game) returns()
func (providerRegistry *ProviderRegistry) PackSetDisputeGame(game common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("setDisputeGame", game)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeGame(address game) returns()
func (providerRegistry *ProviderRegistry) TryPackSetDisputeGame(game common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("setDisputeGame", game)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb4d85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address provider, uint256 amount) returns(uint256 slashed)
func (providerRegistry *ProviderRegistry) PackSlash(provider common.Address, amount *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("slash", provider, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02fb4d85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address provider, uint256 amount) returns(uint256 slashed)
func (providerRegistry *ProviderRegistry) TryPackSlash(provider common.Address, amount *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("slash", provider, amount)
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02fb4d85.
//
// Solidity: function slash(address provider, uint256 amount) returns(uint256 slashed)
func (providerRegistry *ProviderRegistry) UnpackSlash(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("slash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address provider) view returns(uint256)
func (providerRegistry *ProviderRegistry) PackStakeOf(provider common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("stakeOf", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address provider) view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackStakeOf(provider common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("stakeOf", provider)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address provider) view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerRegistry *ProviderRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := providerRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerRegistry *ProviderRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return providerRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (providerRegistry *ProviderRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := providerRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (providerRegistry *ProviderRegistry) PackSymbol() []byte {
	enc, err := providerRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (providerRegistry *ProviderRegistry) TryPackSymbol() ([]byte, error) {
	return providerRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (providerRegistry *ProviderRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := providerRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (providerRegistry *ProviderRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (providerRegistry *ProviderRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (providerRegistry *ProviderRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := providerRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b0e9f3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStake() view returns(uint256)
func (providerRegistry *ProviderRegistry) PackTotalStake() []byte {
	enc, err := providerRegistry.abi.Pack("totalStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b0e9f3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStake() view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackTotalStake() ([]byte, error) {
	return providerRegistry.abi.Pack("totalStake")
}

// UnpackTotalStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackTotalStake(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("totalStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (providerRegistry *ProviderRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := providerRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (providerRegistry *ProviderRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return providerRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (providerRegistry *ProviderRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := providerRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (providerRegistry *ProviderRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return providerRegistry.abi.Pack("transferOwnership", newOwner)
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint256)
func (providerRegistry *ProviderRegistry) PackUnbondingDelay() []byte {
	enc, err := providerRegistry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint256)
func (providerRegistry *ProviderRegistry) TryPackUnbondingDelay() ([]byte, error) {
	return providerRegistry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint256)
func (providerRegistry *ProviderRegistry) UnpackUnbondingDelay(data []byte) (*big.Int, error) {
	out, err := providerRegistry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawStake() returns()
func (providerRegistry *ProviderRegistry) PackWithdrawStake() []byte {
	enc, err := providerRegistry.abi.Pack("withdrawStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbed9d861.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawStake() returns()
func (providerRegistry *ProviderRegistry) TryPackWithdrawStake() ([]byte, error) {
	return providerRegistry.abi.Pack("withdrawStake")
}

// ProviderRegistryApproval represents a Approval event raised by the ProviderRegistry contract.
type ProviderRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryApproval) ContractEventName() string {
	return ProviderRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (providerRegistry *ProviderRegistry) UnpackApprovalEvent(log *types.Log) (*ProviderRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryApproval)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryApprovalForAll represents a ApprovalForAll event raised by the ProviderRegistry contract.
type ProviderRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryApprovalForAll) ContractEventName() string {
	return ProviderRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (providerRegistry *ProviderRegistry) UnpackApprovalForAllEvent(log *types.Log) (*ProviderRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryBonded represents a Bonded event raised by the ProviderRegistry contract.
type ProviderRegistryBonded struct {
	Provider common.Address
	Amount   *big.Int
	Stake    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryBondedEventName = "Bonded"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryBonded) ContractEventName() string {
	return ProviderRegistryBondedEventName
}

// UnpackBondedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Bonded(address indexed provider, uint256 amount, uint256 stake)
func (providerRegistry *ProviderRegistry) UnpackBondedEvent(log *types.Log) (*ProviderRegistryBonded, error) {
	event := "Bonded"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryBonded)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryDisputeGameSet represents a DisputeGameSet event raised by the ProviderRegistry contract.
type ProviderRegistryDisputeGameSet struct {
	DisputeGame common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryDisputeGameSetEventName = "DisputeGameSet"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryDisputeGameSet) ContractEventName() string {
	return ProviderRegistryDisputeGameSetEventName
}

// UnpackDisputeGameSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeGameSet(address indexed disputeGame)
func (providerRegistry *ProviderRegistry) UnpackDisputeGameSetEvent(log *types.Log) (*ProviderRegistryDisputeGameSet, error) {
	event := "DisputeGameSet"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryDisputeGameSet)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryNodeRegistered represents a NodeRegistered event raised by the ProviderRegistry contract.
type ProviderRegistryNodeRegistered struct {
	NodeId      *big.Int
	Provider    common.Address
	GpuModel    string
	MemoryBytes uint64
	Uuid        string
	Raw         *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryNodeRegistered) ContractEventName() string {
	return ProviderRegistryNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(uint256 indexed nodeId, address indexed provider, string gpuModel, uint64 memoryBytes, string uuid)
func (providerRegistry *ProviderRegistry) UnpackNodeRegisteredEvent(log *types.Log) (*ProviderRegistryNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryNodeRegistered)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ProviderRegistry contract.
type ProviderRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryOwnershipTransferred) ContractEventName() string {
	return ProviderRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (providerRegistry *ProviderRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ProviderRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistrySlashed represents a Slashed event raised by the ProviderRegistry contract.
type ProviderRegistrySlashed struct {
	Provider  common.Address
	Requested *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const ProviderRegistrySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (ProviderRegistrySlashed) ContractEventName() string {
	return ProviderRegistrySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed provider, uint256 requested, uint256 slashed)
func (providerRegistry *ProviderRegistry) UnpackSlashedEvent(log *types.Log) (*ProviderRegistrySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistrySlashed)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryStakeWithdrawn represents a StakeWithdrawn event raised by the ProviderRegistry contract.
type ProviderRegistryStakeWithdrawn struct {
	Provider common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryStakeWithdrawnEventName = "StakeWithdrawn"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryStakeWithdrawn) ContractEventName() string {
	return ProviderRegistryStakeWithdrawnEventName
}

// UnpackStakeWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeWithdrawn(address indexed provider, uint256 amount)
func (providerRegistry *ProviderRegistry) UnpackStakeWithdrawnEvent(log *types.Log) (*ProviderRegistryStakeWithdrawn, error) {
	event := "StakeWithdrawn"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryStakeWithdrawn)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryTransfer represents a Transfer event raised by the ProviderRegistry contract.
type ProviderRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryTransfer) ContractEventName() string {
	return ProviderRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (providerRegistry *ProviderRegistry) UnpackTransferEvent(log *types.Log) (*ProviderRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryTransfer)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ProviderRegistryUnbondRequested represents a UnbondRequested event raised by the ProviderRegistry contract.
type ProviderRegistryUnbondRequested struct {
	Provider       common.Address
	WithdrawableAt *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const ProviderRegistryUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (ProviderRegistryUnbondRequested) ContractEventName() string {
	return ProviderRegistryUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed provider, uint256 withdrawableAt)
func (providerRegistry *ProviderRegistry) UnpackUnbondRequestedEvent(log *types.Log) (*ProviderRegistryUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 || log.Topics[0] != providerRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ProviderRegistryUnbondRequested)
	if len(log.Data) > 0 {
		if err := providerRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range providerRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (providerRegistry *ProviderRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadChunkCount"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadChunkCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadChunkWitness"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadChunkWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadConcat"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadConcatError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadDType"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadDTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadDescendants"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadDescendantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadDissectionLength"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadDissectionLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadHeader"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadMyProof"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadMyProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadOpProof"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadOpProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadOperandType"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadOperandTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadOutSlotWitness"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadOutSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadOutputType"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadOutputTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadOutputs"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadOutputsError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadPerm"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadPermError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadRequantParams"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadRequantParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadShape"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadSiblings"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadSiblingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadSliceStart"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadSliceStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadSlotProof"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadSlotProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadSlotWitness"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadSteps"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["BadTheirProof"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackBadTheirProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["CannotPost"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackCannotPostError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ChunkMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackChunkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ClaimMatchesFinalState"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackClaimMatchesFinalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["DisputeGameAlreadySet"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackDisputeGameAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["DisputeGameNotSet"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackDisputeGameNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["DissectionMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackDissectionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["EmptyRow"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackEmptyRowError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["LeafBeyondTensor"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackLeafBeyondTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["LeafWithinTensor"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackLeafWithinTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NonCanonicalOp"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNonCanonicalOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NotUnbonding"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNotUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["OutputRootMatches"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackOutputRootMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["OutputTypeMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackOutputTypeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ProgramRootMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackProgramRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ProviderUnbonding"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackProviderUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["RecordMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["RootsAgree"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackRootsAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["StepCountMatches"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackStepCountMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackUnbondingDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["UnbondingNotElapsed"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackUnbondingNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["UnknownOpcode"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackUnknownOpcodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["UnknownResult"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackUnknownResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ValuesAgree"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackValuesAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["WrongInputCount"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], providerRegistry.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return providerRegistry.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ProviderRegistryBadChunkCount represents a BadChunkCount error raised by the ProviderRegistry contract.
type ProviderRegistryBadChunkCount struct {
	Operand *big.Int
	Want    *big.Int
	Got     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func ProviderRegistryBadChunkCountErrorID() common.Hash {
	return common.HexToHash("0x90ca1396e8087c2796c999f7212bbb7f15dea83f089e2351980ded77d8a9fbfd")
}

// UnpackBadChunkCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func (providerRegistry *ProviderRegistry) UnpackBadChunkCountError(raw []byte) (*ProviderRegistryBadChunkCount, error) {
	out := new(ProviderRegistryBadChunkCount)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadChunkCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadChunkWitness represents a BadChunkWitness error raised by the ProviderRegistry contract.
type ProviderRegistryBadChunkWitness struct {
	Operand  *big.Int
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func ProviderRegistryBadChunkWitnessErrorID() common.Hash {
	return common.HexToHash("0x41acd20f79278986bbe679aa457372f86255a616daee1eb1ac149d95c25c6d17")
}

// UnpackBadChunkWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func (providerRegistry *ProviderRegistry) UnpackBadChunkWitnessError(raw []byte) (*ProviderRegistryBadChunkWitness, error) {
	out := new(ProviderRegistryBadChunkWitness)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadChunkWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadConcat represents a BadConcat error raised by the ProviderRegistry contract.
type ProviderRegistryBadConcat struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConcat()
func ProviderRegistryBadConcatErrorID() common.Hash {
	return common.HexToHash("0x65c88c69502cfd8974eaaa727ec1f73ecd628eee6210552833c3ad3c43d930ec")
}

// UnpackBadConcatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConcat()
func (providerRegistry *ProviderRegistry) UnpackBadConcatError(raw []byte) (*ProviderRegistryBadConcat, error) {
	out := new(ProviderRegistryBadConcat)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadConcat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadDType represents a BadDType error raised by the ProviderRegistry contract.
type ProviderRegistryBadDType struct {
	Dtype uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDType(uint8 dtype)
func ProviderRegistryBadDTypeErrorID() common.Hash {
	return common.HexToHash("0x474af581c9f4508db6e894760e299b2238a7fd4f0ae92c14e53bc1876ea7e4cf")
}

// UnpackBadDTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDType(uint8 dtype)
func (providerRegistry *ProviderRegistry) UnpackBadDTypeError(raw []byte) (*ProviderRegistryBadDType, error) {
	out := new(ProviderRegistryBadDType)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadDType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadDescendants represents a BadDescendants error raised by the ProviderRegistry contract.
type ProviderRegistryBadDescendants struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDescendants()
func ProviderRegistryBadDescendantsErrorID() common.Hash {
	return common.HexToHash("0x949bbe773327e26c4e8fd26e856b48b731cde056dd60f597daec55d20c33e2de")
}

// UnpackBadDescendantsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDescendants()
func (providerRegistry *ProviderRegistry) UnpackBadDescendantsError(raw []byte) (*ProviderRegistryBadDescendants, error) {
	out := new(ProviderRegistryBadDescendants)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadDescendants", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadDissectionLength represents a BadDissectionLength error raised by the ProviderRegistry contract.
type ProviderRegistryBadDissectionLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func ProviderRegistryBadDissectionLengthErrorID() common.Hash {
	return common.HexToHash("0x4182afc3c35e6411b817690690fff384193b0de9d97d9c21f4b7693c2c010dde")
}

// UnpackBadDissectionLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func (providerRegistry *ProviderRegistry) UnpackBadDissectionLengthError(raw []byte) (*ProviderRegistryBadDissectionLength, error) {
	out := new(ProviderRegistryBadDissectionLength)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadDissectionLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadHeader represents a BadHeader error raised by the ProviderRegistry contract.
type ProviderRegistryBadHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHeader()
func ProviderRegistryBadHeaderErrorID() common.Hash {
	return common.HexToHash("0x451b7cffd5afdd96a51fe8544f5ec6ffb29228bad9c3d25b5d9e4bcb05191f5c")
}

// UnpackBadHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHeader()
func (providerRegistry *ProviderRegistry) UnpackBadHeaderError(raw []byte) (*ProviderRegistryBadHeader, error) {
	out := new(ProviderRegistryBadHeader)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadIndex represents a BadIndex error raised by the ProviderRegistry contract.
type ProviderRegistryBadIndex struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func ProviderRegistryBadIndexErrorID() common.Hash {
	return common.HexToHash("0x8c69f30ce613cf00078ce65567d04f6ba6644d72f86972d0dcec9a39d9b2661d")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func (providerRegistry *ProviderRegistry) UnpackBadIndexError(raw []byte) (*ProviderRegistryBadIndex, error) {
	out := new(ProviderRegistryBadIndex)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadLength represents a BadLength error raised by the ProviderRegistry contract.
type ProviderRegistryBadLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func ProviderRegistryBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func (providerRegistry *ProviderRegistry) UnpackBadLengthError(raw []byte) (*ProviderRegistryBadLength, error) {
	out := new(ProviderRegistryBadLength)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadMyProof represents a BadMyProof error raised by the ProviderRegistry contract.
type ProviderRegistryBadMyProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMyProof()
func ProviderRegistryBadMyProofErrorID() common.Hash {
	return common.HexToHash("0xf62f086af5d8650c1c0ab6f288cdd288b0bc8834d2822169944799b1cfe8fe3d")
}

// UnpackBadMyProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMyProof()
func (providerRegistry *ProviderRegistry) UnpackBadMyProofError(raw []byte) (*ProviderRegistryBadMyProof, error) {
	out := new(ProviderRegistryBadMyProof)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadMyProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadOpProof represents a BadOpProof error raised by the ProviderRegistry contract.
type ProviderRegistryBadOpProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpProof()
func ProviderRegistryBadOpProofErrorID() common.Hash {
	return common.HexToHash("0xa44ae1248d24ac72d1b0ed1547ce2d02bcbe57925af3a8096031b97edc802fd9")
}

// UnpackBadOpProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpProof()
func (providerRegistry *ProviderRegistry) UnpackBadOpProofError(raw []byte) (*ProviderRegistryBadOpProof, error) {
	out := new(ProviderRegistryBadOpProof)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadOpProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadOperandType represents a BadOperandType error raised by the ProviderRegistry contract.
type ProviderRegistryBadOperandType struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOperandType(uint256 operand)
func ProviderRegistryBadOperandTypeErrorID() common.Hash {
	return common.HexToHash("0x8c202a4c79d879cfd756b3f9f81dc2da46ceefd4da60f678475fc28df603801b")
}

// UnpackBadOperandTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOperandType(uint256 operand)
func (providerRegistry *ProviderRegistry) UnpackBadOperandTypeError(raw []byte) (*ProviderRegistryBadOperandType, error) {
	out := new(ProviderRegistryBadOperandType)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadOperandType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadOutSlotWitness represents a BadOutSlotWitness error raised by the ProviderRegistry contract.
type ProviderRegistryBadOutSlotWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutSlotWitness()
func ProviderRegistryBadOutSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x610b1c19dabfa2373c42219c4a07a2f71e4bd41d04402832d9ba1ddb58ee582f")
}

// UnpackBadOutSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutSlotWitness()
func (providerRegistry *ProviderRegistry) UnpackBadOutSlotWitnessError(raw []byte) (*ProviderRegistryBadOutSlotWitness, error) {
	out := new(ProviderRegistryBadOutSlotWitness)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadOutSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadOutputType represents a BadOutputType error raised by the ProviderRegistry contract.
type ProviderRegistryBadOutputType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputType()
func ProviderRegistryBadOutputTypeErrorID() common.Hash {
	return common.HexToHash("0x9af93d8d2a9a50f1121ef86631b556f7f3a3ed236ce8c70db2b3d270f62272bd")
}

// UnpackBadOutputTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputType()
func (providerRegistry *ProviderRegistry) UnpackBadOutputTypeError(raw []byte) (*ProviderRegistryBadOutputType, error) {
	out := new(ProviderRegistryBadOutputType)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadOutputType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadOutputs represents a BadOutputs error raised by the ProviderRegistry contract.
type ProviderRegistryBadOutputs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputs()
func ProviderRegistryBadOutputsErrorID() common.Hash {
	return common.HexToHash("0xb0e458baf2457c37b92f185a8090e699aa1fcb06cfb7531c6094548f98a6d336")
}

// UnpackBadOutputsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputs()
func (providerRegistry *ProviderRegistry) UnpackBadOutputsError(raw []byte) (*ProviderRegistryBadOutputs, error) {
	out := new(ProviderRegistryBadOutputs)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadOutputs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadParameter represents a BadParameter error raised by the ProviderRegistry contract.
type ProviderRegistryBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func ProviderRegistryBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (providerRegistry *ProviderRegistry) UnpackBadParameterError(raw []byte) (*ProviderRegistryBadParameter, error) {
	out := new(ProviderRegistryBadParameter)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadPerm represents a BadPerm error raised by the ProviderRegistry contract.
type ProviderRegistryBadPerm struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPerm()
func ProviderRegistryBadPermErrorID() common.Hash {
	return common.HexToHash("0x39083d1ae8938531d36fe63bfb2122cb2a7daf468f3607802008d71d5ccc0f0f")
}

// UnpackBadPermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPerm()
func (providerRegistry *ProviderRegistry) UnpackBadPermError(raw []byte) (*ProviderRegistryBadPerm, error) {
	out := new(ProviderRegistryBadPerm)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadPerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadRequantParams represents a BadRequantParams error raised by the ProviderRegistry contract.
type ProviderRegistryBadRequantParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequantParams()
func ProviderRegistryBadRequantParamsErrorID() common.Hash {
	return common.HexToHash("0x8b8d32d339c2be40d08ac9ffe295f086adc1a41bc5d7d67dda6e6f8d85b58152")
}

// UnpackBadRequantParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequantParams()
func (providerRegistry *ProviderRegistry) UnpackBadRequantParamsError(raw []byte) (*ProviderRegistryBadRequantParams, error) {
	out := new(ProviderRegistryBadRequantParams)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadRequantParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadShape represents a BadShape error raised by the ProviderRegistry contract.
type ProviderRegistryBadShape struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShape()
func ProviderRegistryBadShapeErrorID() common.Hash {
	return common.HexToHash("0xa9b0b665c066a999c509260ff6cd126c2955aa72a3118849c60570a20fe63bd7")
}

// UnpackBadShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShape()
func (providerRegistry *ProviderRegistry) UnpackBadShapeError(raw []byte) (*ProviderRegistryBadShape, error) {
	out := new(ProviderRegistryBadShape)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadSiblings represents a BadSiblings error raised by the ProviderRegistry contract.
type ProviderRegistryBadSiblings struct {
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSiblings(uint256 want)
func ProviderRegistryBadSiblingsErrorID() common.Hash {
	return common.HexToHash("0x077bac6ae92853533860828207623dfeef2e005cbf8799420baf981cd1eb2206")
}

// UnpackBadSiblingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSiblings(uint256 want)
func (providerRegistry *ProviderRegistry) UnpackBadSiblingsError(raw []byte) (*ProviderRegistryBadSiblings, error) {
	out := new(ProviderRegistryBadSiblings)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadSiblings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadSliceStart represents a BadSliceStart error raised by the ProviderRegistry contract.
type ProviderRegistryBadSliceStart struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSliceStart()
func ProviderRegistryBadSliceStartErrorID() common.Hash {
	return common.HexToHash("0x5ebf6b57f08a4180036c0d8cf093276c7b3109727cb5861003ab9de55f003127")
}

// UnpackBadSliceStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSliceStart()
func (providerRegistry *ProviderRegistry) UnpackBadSliceStartError(raw []byte) (*ProviderRegistryBadSliceStart, error) {
	out := new(ProviderRegistryBadSliceStart)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadSliceStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadSlotProof represents a BadSlotProof error raised by the ProviderRegistry contract.
type ProviderRegistryBadSlotProof struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotProof(uint256 k)
func ProviderRegistryBadSlotProofErrorID() common.Hash {
	return common.HexToHash("0x41ecd08cd4f346d1f9df7f0efd0f0f2f0450e0ce0c5607b95e89522f312df53e")
}

// UnpackBadSlotProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotProof(uint256 k)
func (providerRegistry *ProviderRegistry) UnpackBadSlotProofError(raw []byte) (*ProviderRegistryBadSlotProof, error) {
	out := new(ProviderRegistryBadSlotProof)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadSlotProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadSlotWitness represents a BadSlotWitness error raised by the ProviderRegistry contract.
type ProviderRegistryBadSlotWitness struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotWitness(uint256 operand)
func ProviderRegistryBadSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x75712bd260879d97a64518398dead5c5a593ce1fdd06edd72a0b6deb64e0a661")
}

// UnpackBadSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotWitness(uint256 operand)
func (providerRegistry *ProviderRegistry) UnpackBadSlotWitnessError(raw []byte) (*ProviderRegistryBadSlotWitness, error) {
	out := new(ProviderRegistryBadSlotWitness)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadSteps represents a BadSteps error raised by the ProviderRegistry contract.
type ProviderRegistryBadSteps struct {
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSteps(uint64 steps)
func ProviderRegistryBadStepsErrorID() common.Hash {
	return common.HexToHash("0xc0c8e000524f023e1801e669c48c02c98267642aa736aaffe3ed00b77f60b2cb")
}

// UnpackBadStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSteps(uint64 steps)
func (providerRegistry *ProviderRegistry) UnpackBadStepsError(raw []byte) (*ProviderRegistryBadSteps, error) {
	out := new(ProviderRegistryBadSteps)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryBadTheirProof represents a BadTheirProof error raised by the ProviderRegistry contract.
type ProviderRegistryBadTheirProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTheirProof()
func ProviderRegistryBadTheirProofErrorID() common.Hash {
	return common.HexToHash("0x971a9d5501f598cc0a922116ab005f2c0be9d534b2a92cb69af6c66b13c8ea1c")
}

// UnpackBadTheirProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTheirProof()
func (providerRegistry *ProviderRegistry) UnpackBadTheirProofError(raw []byte) (*ProviderRegistryBadTheirProof, error) {
	out := new(ProviderRegistryBadTheirProof)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "BadTheirProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryCannotPost represents a CannotPost error raised by the ProviderRegistry contract.
type ProviderRegistryCannotPost struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotPost(address account)
func ProviderRegistryCannotPostErrorID() common.Hash {
	return common.HexToHash("0x93db927a3697f925f9d364b3e7964dbb908b156efbc53ac928c388eda5bf9ef5")
}

// UnpackCannotPostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotPost(address account)
func (providerRegistry *ProviderRegistry) UnpackCannotPostError(raw []byte) (*ProviderRegistryCannotPost, error) {
	out := new(ProviderRegistryCannotPost)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "CannotPost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryChunkMismatch represents a ChunkMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryChunkMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkMismatch()
func ProviderRegistryChunkMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d8a57957583db546cd0da1376e9c824d926cac283da37f8b852ef2d4c72c827")
}

// UnpackChunkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkMismatch()
func (providerRegistry *ProviderRegistry) UnpackChunkMismatchError(raw []byte) (*ProviderRegistryChunkMismatch, error) {
	out := new(ProviderRegistryChunkMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ChunkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryClaimMatchesFinalState represents a ClaimMatchesFinalState error raised by the ProviderRegistry contract.
type ProviderRegistryClaimMatchesFinalState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMatchesFinalState()
func ProviderRegistryClaimMatchesFinalStateErrorID() common.Hash {
	return common.HexToHash("0x6b2b76455aedc53789e4f8b4bddc22a3b00d0165e665df4b53c1db0094ee123c")
}

// UnpackClaimMatchesFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMatchesFinalState()
func (providerRegistry *ProviderRegistry) UnpackClaimMatchesFinalStateError(raw []byte) (*ProviderRegistryClaimMatchesFinalState, error) {
	out := new(ProviderRegistryClaimMatchesFinalState)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ClaimMatchesFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryClockExpired represents a ClockExpired error raised by the ProviderRegistry contract.
type ProviderRegistryClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func ProviderRegistryClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (providerRegistry *ProviderRegistry) UnpackClockExpiredError(raw []byte) (*ProviderRegistryClockExpired, error) {
	out := new(ProviderRegistryClockExpired)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryClockRunning represents a ClockRunning error raised by the ProviderRegistry contract.
type ProviderRegistryClockRunning struct {
	GameId      *big.Int
	SecondsLeft *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func ProviderRegistryClockRunningErrorID() common.Hash {
	return common.HexToHash("0x19cd57f890326c671dd10f1829b78eb2f8128f2e3e14b04b20aa64368b18d6ba")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func (providerRegistry *ProviderRegistry) UnpackClockRunningError(raw []byte) (*ProviderRegistryClockRunning, error) {
	out := new(ProviderRegistryClockRunning)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryDisputeGameAlreadySet represents a DisputeGameAlreadySet error raised by the ProviderRegistry contract.
type ProviderRegistryDisputeGameAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameAlreadySet()
func ProviderRegistryDisputeGameAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xb7c39afb8c0691a5266ec774d38b5c31a670d0e91323777cdbbe4a087ce9d6dc")
}

// UnpackDisputeGameAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameAlreadySet()
func (providerRegistry *ProviderRegistry) UnpackDisputeGameAlreadySetError(raw []byte) (*ProviderRegistryDisputeGameAlreadySet, error) {
	out := new(ProviderRegistryDisputeGameAlreadySet)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "DisputeGameAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryDisputeGameNotSet represents a DisputeGameNotSet error raised by the ProviderRegistry contract.
type ProviderRegistryDisputeGameNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameNotSet()
func ProviderRegistryDisputeGameNotSetErrorID() common.Hash {
	return common.HexToHash("0x1fadc21ebf4c4f5e8e1c3b3f4bef7196ef30db58f4bb99bcef7c124bb2aad6ea")
}

// UnpackDisputeGameNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameNotSet()
func (providerRegistry *ProviderRegistry) UnpackDisputeGameNotSetError(raw []byte) (*ProviderRegistryDisputeGameNotSet, error) {
	out := new(ProviderRegistryDisputeGameNotSet)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "DisputeGameNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryDissectionMismatch represents a DissectionMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryDissectionMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DissectionMismatch()
func ProviderRegistryDissectionMismatchErrorID() common.Hash {
	return common.HexToHash("0xef203ff3eff70b4a1d2f74ec675a72c47af2c28eef99b13d44aa3cba011bebc1")
}

// UnpackDissectionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DissectionMismatch()
func (providerRegistry *ProviderRegistry) UnpackDissectionMismatchError(raw []byte) (*ProviderRegistryDissectionMismatch, error) {
	out := new(ProviderRegistryDissectionMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "DissectionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the ProviderRegistry contract.
type ProviderRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func ProviderRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (providerRegistry *ProviderRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*ProviderRegistryERC721IncorrectOwner, error) {
	out := new(ProviderRegistryERC721IncorrectOwner)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the ProviderRegistry contract.
type ProviderRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func ProviderRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (providerRegistry *ProviderRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*ProviderRegistryERC721InsufficientApproval, error) {
	out := new(ProviderRegistryERC721InsufficientApproval)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the ProviderRegistry contract.
type ProviderRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func ProviderRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (providerRegistry *ProviderRegistry) UnpackERC721InvalidApproverError(raw []byte) (*ProviderRegistryERC721InvalidApprover, error) {
	out := new(ProviderRegistryERC721InvalidApprover)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the ProviderRegistry contract.
type ProviderRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func ProviderRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (providerRegistry *ProviderRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*ProviderRegistryERC721InvalidOperator, error) {
	out := new(ProviderRegistryERC721InvalidOperator)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the ProviderRegistry contract.
type ProviderRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func ProviderRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (providerRegistry *ProviderRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*ProviderRegistryERC721InvalidOwner, error) {
	out := new(ProviderRegistryERC721InvalidOwner)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the ProviderRegistry contract.
type ProviderRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func ProviderRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (providerRegistry *ProviderRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*ProviderRegistryERC721InvalidReceiver, error) {
	out := new(ProviderRegistryERC721InvalidReceiver)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the ProviderRegistry contract.
type ProviderRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func ProviderRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (providerRegistry *ProviderRegistry) UnpackERC721InvalidSenderError(raw []byte) (*ProviderRegistryERC721InvalidSender, error) {
	out := new(ProviderRegistryERC721InvalidSender)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the ProviderRegistry contract.
type ProviderRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func ProviderRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (providerRegistry *ProviderRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*ProviderRegistryERC721NonexistentToken, error) {
	out := new(ProviderRegistryERC721NonexistentToken)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryEmptyRow represents a EmptyRow error raised by the ProviderRegistry contract.
type ProviderRegistryEmptyRow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRow()
func ProviderRegistryEmptyRowErrorID() common.Hash {
	return common.HexToHash("0x42f063fabbd7b6f59fa5f71873cf8890164d6b73d4abbfc7de7bf0d569170eda")
}

// UnpackEmptyRowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRow()
func (providerRegistry *ProviderRegistry) UnpackEmptyRowError(raw []byte) (*ProviderRegistryEmptyRow, error) {
	out := new(ProviderRegistryEmptyRow)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "EmptyRow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryGamesOpen represents a GamesOpen error raised by the ProviderRegistry contract.
type ProviderRegistryGamesOpen struct {
	ResultId  *big.Int
	OpenGames *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func ProviderRegistryGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x6ee5d4edde7c7effe3cb9c78c0c7763e7cd6d1c2da1557803d6d09fbdabab610")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func (providerRegistry *ProviderRegistry) UnpackGamesOpenError(raw []byte) (*ProviderRegistryGamesOpen, error) {
	out := new(ProviderRegistryGamesOpen)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryIndexOutOfRange represents a IndexOutOfRange error raised by the ProviderRegistry contract.
type ProviderRegistryIndexOutOfRange struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func ProviderRegistryIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func (providerRegistry *ProviderRegistry) UnpackIndexOutOfRangeError(raw []byte) (*ProviderRegistryIndexOutOfRange, error) {
	out := new(ProviderRegistryIndexOutOfRange)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryLeafBeyondTensor represents a LeafBeyondTensor error raised by the ProviderRegistry contract.
type ProviderRegistryLeafBeyondTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func ProviderRegistryLeafBeyondTensorErrorID() common.Hash {
	return common.HexToHash("0xb984ad1fb53b4ede9a613b2b4ff6835e8df3e0f3c144bbd01707d867fcf9f36b")
}

// UnpackLeafBeyondTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func (providerRegistry *ProviderRegistry) UnpackLeafBeyondTensorError(raw []byte) (*ProviderRegistryLeafBeyondTensor, error) {
	out := new(ProviderRegistryLeafBeyondTensor)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "LeafBeyondTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryLeafWithinTensor represents a LeafWithinTensor error raised by the ProviderRegistry contract.
type ProviderRegistryLeafWithinTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func ProviderRegistryLeafWithinTensorErrorID() common.Hash {
	return common.HexToHash("0x1b394532cef70fe8e2ec4606addde6abda532a45b6b0263c1dfde0f6586a9f42")
}

// UnpackLeafWithinTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func (providerRegistry *ProviderRegistry) UnpackLeafWithinTensorError(raw []byte) (*ProviderRegistryLeafWithinTensor, error) {
	out := new(ProviderRegistryLeafWithinTensor)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "LeafWithinTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryLengthMismatch represents a LengthMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryLengthMismatch struct {
	XLen *big.Int
	YLen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func ProviderRegistryLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func (providerRegistry *ProviderRegistry) UnpackLengthMismatchError(raw []byte) (*ProviderRegistryLengthMismatch, error) {
	out := new(ProviderRegistryLengthMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNoStake represents a NoStake error raised by the ProviderRegistry contract.
type ProviderRegistryNoStake struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake(address provider)
func ProviderRegistryNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1130b1ce18cb10fbd4d6f64d9f418607abff316a696a3f52066db33473248660")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake(address provider)
func (providerRegistry *ProviderRegistry) UnpackNoStakeError(raw []byte) (*ProviderRegistryNoStake, error) {
	out := new(ProviderRegistryNoStake)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNonCanonicalOp represents a NonCanonicalOp error raised by the ProviderRegistry contract.
type ProviderRegistryNonCanonicalOp struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalOp()
func ProviderRegistryNonCanonicalOpErrorID() common.Hash {
	return common.HexToHash("0x973f39f40c7758f7c49cf2c9608889c3b2bdb95d33aaa7750f2536d7d5d9a305")
}

// UnpackNonCanonicalOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalOp()
func (providerRegistry *ProviderRegistry) UnpackNonCanonicalOpError(raw []byte) (*ProviderRegistryNonCanonicalOp, error) {
	out := new(ProviderRegistryNonCanonicalOp)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NonCanonicalOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNotDisputeGame represents a NotDisputeGame error raised by the ProviderRegistry contract.
type ProviderRegistryNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func ProviderRegistryNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (providerRegistry *ProviderRegistry) UnpackNotDisputeGameError(raw []byte) (*ProviderRegistryNotDisputeGame, error) {
	out := new(ProviderRegistryNotDisputeGame)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNotPending represents a NotPending error raised by the ProviderRegistry contract.
type ProviderRegistryNotPending struct {
	ResultId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func ProviderRegistryNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func (providerRegistry *ProviderRegistry) UnpackNotPendingError(raw []byte) (*ProviderRegistryNotPending, error) {
	out := new(ProviderRegistryNotPending)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNotUnbonding represents a NotUnbonding error raised by the ProviderRegistry contract.
type ProviderRegistryNotUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonding(address provider)
func ProviderRegistryNotUnbondingErrorID() common.Hash {
	return common.HexToHash("0x68dadb1523df8dee20db5db11837c54eaaa5c896e87e2e63a41110ef2c9f5c77")
}

// UnpackNotUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonding(address provider)
func (providerRegistry *ProviderRegistry) UnpackNotUnbondingError(raw []byte) (*ProviderRegistryNotUnbonding, error) {
	out := new(ProviderRegistryNotUnbonding)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NotUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNotYourTurn represents a NotYourTurn error raised by the ProviderRegistry contract.
type ProviderRegistryNotYourTurn struct {
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address expected)
func ProviderRegistryNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address expected)
func (providerRegistry *ProviderRegistry) UnpackNotYourTurnError(raw []byte) (*ProviderRegistryNotYourTurn, error) {
	out := new(ProviderRegistryNotYourTurn)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the ProviderRegistry contract.
type ProviderRegistryNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ProviderRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (providerRegistry *ProviderRegistry) UnpackNothingToWithdrawError(raw []byte) (*ProviderRegistryNothingToWithdraw, error) {
	out := new(ProviderRegistryNothingToWithdraw)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryOutputRootMatches represents a OutputRootMatches error raised by the ProviderRegistry contract.
type ProviderRegistryOutputRootMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputRootMatches()
func ProviderRegistryOutputRootMatchesErrorID() common.Hash {
	return common.HexToHash("0x6fb4fddaa9178d8555c98dc2c44c77be160448d7e2aea8d28a467b9fb2bae533")
}

// UnpackOutputRootMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputRootMatches()
func (providerRegistry *ProviderRegistry) UnpackOutputRootMatchesError(raw []byte) (*ProviderRegistryOutputRootMatches, error) {
	out := new(ProviderRegistryOutputRootMatches)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "OutputRootMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryOutputTypeMismatch represents a OutputTypeMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryOutputTypeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTypeMismatch()
func ProviderRegistryOutputTypeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8e9f4248561c8b91b611b121cd103ee0b4c7ce8486ab5f350c66a6abf9cb8a6d")
}

// UnpackOutputTypeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTypeMismatch()
func (providerRegistry *ProviderRegistry) UnpackOutputTypeMismatchError(raw []byte) (*ProviderRegistryOutputTypeMismatch, error) {
	out := new(ProviderRegistryOutputTypeMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "OutputTypeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ProviderRegistry contract.
type ProviderRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ProviderRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (providerRegistry *ProviderRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ProviderRegistryOwnableInvalidOwner, error) {
	out := new(ProviderRegistryOwnableInvalidOwner)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ProviderRegistry contract.
type ProviderRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ProviderRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (providerRegistry *ProviderRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ProviderRegistryOwnableUnauthorizedAccount, error) {
	out := new(ProviderRegistryOwnableUnauthorizedAccount)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryProgramRootMismatch represents a ProgramRootMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryProgramRootMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramRootMismatch()
func ProviderRegistryProgramRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xf5b05e5b572bf69806eb5d56a6151914756cc177e0627c8f82e84bc903b82228")
}

// UnpackProgramRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramRootMismatch()
func (providerRegistry *ProviderRegistry) UnpackProgramRootMismatchError(raw []byte) (*ProviderRegistryProgramRootMismatch, error) {
	out := new(ProviderRegistryProgramRootMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ProgramRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryProviderUnbonding represents a ProviderUnbonding error raised by the ProviderRegistry contract.
type ProviderRegistryProviderUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderUnbonding(address provider)
func ProviderRegistryProviderUnbondingErrorID() common.Hash {
	return common.HexToHash("0x4a909b8f32d3e93a7d59077e2baf3b05e8a80e49151365f29b6dd698596df9df")
}

// UnpackProviderUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderUnbonding(address provider)
func (providerRegistry *ProviderRegistry) UnpackProviderUnbondingError(raw []byte) (*ProviderRegistryProviderUnbonding, error) {
	out := new(ProviderRegistryProviderUnbonding)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ProviderUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryRecordMismatch represents a RecordMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryRecordMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordMismatch()
func ProviderRegistryRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0xaa9bf0ae83addc57dadf81cb539dc193d74b5dda02c0b2043ee0cd8f4acf828d")
}

// UnpackRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordMismatch()
func (providerRegistry *ProviderRegistry) UnpackRecordMismatchError(raw []byte) (*ProviderRegistryRecordMismatch, error) {
	out := new(ProviderRegistryRecordMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "RecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the ProviderRegistry contract.
type ProviderRegistryReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func ProviderRegistryReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (providerRegistry *ProviderRegistry) UnpackReentrancyGuardReentrantCallError(raw []byte) (*ProviderRegistryReentrancyGuardReentrantCall, error) {
	out := new(ProviderRegistryReentrancyGuardReentrantCall)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryRootsAgree represents a RootsAgree error raised by the ProviderRegistry contract.
type ProviderRegistryRootsAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsAgree()
func ProviderRegistryRootsAgreeErrorID() common.Hash {
	return common.HexToHash("0x613802fb8e4d7a065e41f3b92a79080e6bfc01982777f6a01f32b499b6715102")
}

// UnpackRootsAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsAgree()
func (providerRegistry *ProviderRegistry) UnpackRootsAgreeError(raw []byte) (*ProviderRegistryRootsAgree, error) {
	out := new(ProviderRegistryRootsAgree)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "RootsAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryStateMismatch represents a StateMismatch error raised by the ProviderRegistry contract.
type ProviderRegistryStateMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch()
func ProviderRegistryStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x4ecc13ec067c89cec80d201c2de5329e924d99ed52d69de79bf13f0807729e0d")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch()
func (providerRegistry *ProviderRegistry) UnpackStateMismatchError(raw []byte) (*ProviderRegistryStateMismatch, error) {
	out := new(ProviderRegistryStateMismatch)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryStepCountMatches represents a StepCountMatches error raised by the ProviderRegistry contract.
type ProviderRegistryStepCountMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepCountMatches()
func ProviderRegistryStepCountMatchesErrorID() common.Hash {
	return common.HexToHash("0x6d971dca286efde8e695c0016b694c397381111d0630a19d2ba461ae19ec1631")
}

// UnpackStepCountMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepCountMatches()
func (providerRegistry *ProviderRegistry) UnpackStepCountMatchesError(raw []byte) (*ProviderRegistryStepCountMatches, error) {
	out := new(ProviderRegistryStepCountMatches)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "StepCountMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryStringTooLong represents a StringTooLong error raised by the ProviderRegistry contract.
type ProviderRegistryStringTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func ProviderRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0xc874dfa58fe3c504155fc1f7f8ed25493067c31b7821528a4b5b9e0134b42101")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func (providerRegistry *ProviderRegistry) UnpackStringTooLongError(raw []byte) (*ProviderRegistryStringTooLong, error) {
	out := new(ProviderRegistryStringTooLong)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryTransferFailed represents a TransferFailed error raised by the ProviderRegistry contract.
type ProviderRegistryTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func ProviderRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (providerRegistry *ProviderRegistry) UnpackTransferFailedError(raw []byte) (*ProviderRegistryTransferFailed, error) {
	out := new(ProviderRegistryTransferFailed)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the ProviderRegistry contract.
type ProviderRegistryUnbondingDelayTooShort struct {
	UnbondingDelay *big.Int
	Required       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func ProviderRegistryUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xc97848cec05cc7ad46155408b81fc1fb8f5506a1947abe6cf9aa0e9735b8fe9a")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func (providerRegistry *ProviderRegistry) UnpackUnbondingDelayTooShortError(raw []byte) (*ProviderRegistryUnbondingDelayTooShort, error) {
	out := new(ProviderRegistryUnbondingDelayTooShort)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryUnbondingNotElapsed represents a UnbondingNotElapsed error raised by the ProviderRegistry contract.
type ProviderRegistryUnbondingNotElapsed struct {
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func ProviderRegistryUnbondingNotElapsedErrorID() common.Hash {
	return common.HexToHash("0xd3c68d401e91ef08da3522dfaf5a1bbbdda5f1d811fb98e774774a20ed3e5bff")
}

// UnpackUnbondingNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func (providerRegistry *ProviderRegistry) UnpackUnbondingNotElapsedError(raw []byte) (*ProviderRegistryUnbondingNotElapsed, error) {
	out := new(ProviderRegistryUnbondingNotElapsed)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "UnbondingNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryUnexpectedEther represents a UnexpectedEther error raised by the ProviderRegistry contract.
type ProviderRegistryUnexpectedEther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther()
func ProviderRegistryUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0x5bb8e485d8872b3aaed8e95cb73575ce91377b05612394ee98232a9950c19a15")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther()
func (providerRegistry *ProviderRegistry) UnpackUnexpectedEtherError(raw []byte) (*ProviderRegistryUnexpectedEther, error) {
	out := new(ProviderRegistryUnexpectedEther)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryUnknownGame represents a UnknownGame error raised by the ProviderRegistry contract.
type ProviderRegistryUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func ProviderRegistryUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (providerRegistry *ProviderRegistry) UnpackUnknownGameError(raw []byte) (*ProviderRegistryUnknownGame, error) {
	out := new(ProviderRegistryUnknownGame)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryUnknownOpcode represents a UnknownOpcode error raised by the ProviderRegistry contract.
type ProviderRegistryUnknownOpcode struct {
	Opcode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func ProviderRegistryUnknownOpcodeErrorID() common.Hash {
	return common.HexToHash("0xb378b6d43ceac99f8b401eae7f0576c8493e4e7f70b1c76e0562c07e609e3bc8")
}

// UnpackUnknownOpcodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func (providerRegistry *ProviderRegistry) UnpackUnknownOpcodeError(raw []byte) (*ProviderRegistryUnknownOpcode, error) {
	out := new(ProviderRegistryUnknownOpcode)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "UnknownOpcode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryUnknownResult represents a UnknownResult error raised by the ProviderRegistry contract.
type ProviderRegistryUnknownResult struct {
	ResultId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownResult(uint256 resultId)
func ProviderRegistryUnknownResultErrorID() common.Hash {
	return common.HexToHash("0x5d32e1ccdf3241a082c2447b8910185b8850da0155aa6396f5a7055023ae981b")
}

// UnpackUnknownResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownResult(uint256 resultId)
func (providerRegistry *ProviderRegistry) UnpackUnknownResultError(raw []byte) (*ProviderRegistryUnknownResult, error) {
	out := new(ProviderRegistryUnknownResult)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "UnknownResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryValuesAgree represents a ValuesAgree error raised by the ProviderRegistry contract.
type ProviderRegistryValuesAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValuesAgree()
func ProviderRegistryValuesAgreeErrorID() common.Hash {
	return common.HexToHash("0x011e552774a28cee1a35f2e6720f4afa591bbb828856ab60a6fa1a8162567ea0")
}

// UnpackValuesAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValuesAgree()
func (providerRegistry *ProviderRegistry) UnpackValuesAgreeError(raw []byte) (*ProviderRegistryValuesAgree, error) {
	out := new(ProviderRegistryValuesAgree)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ValuesAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryWindowClosed represents a WindowClosed error raised by the ProviderRegistry contract.
type ProviderRegistryWindowClosed struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func ProviderRegistryWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x184663dd4b9fdcadf36bbcb9f4c6941af76e8cf9d050bb5460f87fa79c3de0b1")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func (providerRegistry *ProviderRegistry) UnpackWindowClosedError(raw []byte) (*ProviderRegistryWindowClosed, error) {
	out := new(ProviderRegistryWindowClosed)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryWindowOpen represents a WindowOpen error raised by the ProviderRegistry contract.
type ProviderRegistryWindowOpen struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func ProviderRegistryWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xe51685620f6e45a689af7265059398ce8db258b0ddc54c49831531ebb3e37d89")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func (providerRegistry *ProviderRegistry) UnpackWindowOpenError(raw []byte) (*ProviderRegistryWindowOpen, error) {
	out := new(ProviderRegistryWindowOpen)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryWrongBond represents a WrongBond error raised by the ProviderRegistry contract.
type ProviderRegistryWrongBond struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func ProviderRegistryWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func (providerRegistry *ProviderRegistry) UnpackWrongBondError(raw []byte) (*ProviderRegistryWrongBond, error) {
	out := new(ProviderRegistryWrongBond)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryWrongInputCount represents a WrongInputCount error raised by the ProviderRegistry contract.
type ProviderRegistryWrongInputCount struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func ProviderRegistryWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0xc8a519a8b3b20dfb4c5792401550928d972f113659edad15df4ad658f77391df")
}

// UnpackWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func (providerRegistry *ProviderRegistry) UnpackWrongInputCountError(raw []byte) (*ProviderRegistryWrongInputCount, error) {
	out := new(ProviderRegistryWrongInputCount)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryWrongPhase represents a WrongPhase error raised by the ProviderRegistry contract.
type ProviderRegistryWrongPhase struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func ProviderRegistryWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x083a89f234e0317d5ce7ed572bfc6b4676dca2826b7b9120222ca6b80bfc9c27")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func (providerRegistry *ProviderRegistry) UnpackWrongPhaseError(raw []byte) (*ProviderRegistryWrongPhase, error) {
	out := new(ProviderRegistryWrongPhase)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryZeroAddress represents a ZeroAddress error raised by the ProviderRegistry contract.
type ProviderRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ProviderRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (providerRegistry *ProviderRegistry) UnpackZeroAddressError(raw []byte) (*ProviderRegistryZeroAddress, error) {
	out := new(ProviderRegistryZeroAddress)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ProviderRegistryZeroValue represents a ZeroValue error raised by the ProviderRegistry contract.
type ProviderRegistryZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func ProviderRegistryZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (providerRegistry *ProviderRegistry) UnpackZeroValueError(raw []byte) (*ProviderRegistryZeroValue, error) {
	out := new(ProviderRegistryZeroValue)
	if err := providerRegistry.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryMetaData contains all meta data concerning the ResultRegistry contract.
var ResultRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIProviderRegistry\",\"name\":\"providers_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengeWindow_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"MAX_STEPS\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengeWindow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"commitment\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalState\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"enumIResultRegistry.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"openGames\",\"type\":\"uint16\"}],\"internalType\":\"structIResultRegistry.Commitment\",\"name\":\"c\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeGame\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"gameOpened\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalState\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"executorWon\",\"type\":\"bool\"}],\"name\":\"gameResolved\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"finalState\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"postResult\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"programRootOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"providers\",\"outputs\":[{\"internalType\":\"contractIProviderRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"reject\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"resultCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"game\",\"type\":\"address\"}],\"name\":\"setDisputeGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"statusOf\",\"outputs\":[{\"internalType\":\"enumIResultRegistry.Status\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"disputeGame\",\"type\":\"address\"}],\"name\":\"DisputeGameSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"}],\"name\":\"ResultFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"outputRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"finalState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"ResultPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"jobId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"executor\",\"type\":\"address\"}],\"name\":\"ResultRejected\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadChunkCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"position\",\"type\":\"uint256\"}],\"name\":\"BadChunkWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadConcat\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"dtype\",\"type\":\"uint8\"}],\"name\":\"BadDType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDescendants\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadDissectionLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadHeader\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"BadIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadMyProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOpProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadOperandType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutSlotWitness\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadOutputs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPerm\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadRequantParams\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"}],\"name\":\"BadSiblings\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSliceStart\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"k\",\"type\":\"uint256\"}],\"name\":\"BadSlotProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"operand\",\"type\":\"uint256\"}],\"name\":\"BadSlotWitness\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"}],\"name\":\"BadSteps\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadTheirProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"CannotPost\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChunkMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimMatchesFinalState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"ClockExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"secondsLeft\",\"type\":\"uint256\"}],\"name\":\"ClockRunning\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameAlreadySet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeGameNotSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DissectionMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"openGames\",\"type\":\"uint256\"}],\"name\":\"GamesOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"IndexOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafBeyondTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nChunks\",\"type\":\"uint256\"}],\"name\":\"LeafWithinTensor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"xLen\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"yLen\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NoStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonCanonicalOp\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDisputeGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"NotUnbonding\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"NotYourTurn\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputRootMatches\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutputTypeMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProgramRootMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderUnbonding\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RootsAgree\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StepCountMatches\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"unbondingDelay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"required\",\"type\":\"uint256\"}],\"name\":\"UnbondingDelayTooShort\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"withdrawableAt\",\"type\":\"uint256\"}],\"name\":\"UnbondingNotElapsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnexpectedEther\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"}],\"name\":\"UnknownGame\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"opcode\",\"type\":\"uint8\"}],\"name\":\"UnknownOpcode\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"}],\"name\":\"UnknownResult\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ValuesAgree\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"resultId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"WindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongBond\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"want\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"WrongInputCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gameId\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"phase\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroValue\",\"type\":\"error\"}]",
	ID:  "72a032a80d86a3935153a00a58e93a1876",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161172e38038061172e83398101604081905261002e9161013a565b338061005457604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61005d816100eb565b506001600160a01b0382166100855760405163d92e233d60e01b815260040160405180910390fd5b801580610095575063ffffffff81115b156100d55760405163e70e701560e01b815260206004820152600f60248201526e6368616c6c656e676557696e646f7760881b604482015260640161004b565b6001600160a01b0390911660805260a052610171565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f6040838503121561014b575f5ffd5b82516001600160a01b0381168114610161575f5ffd5b6020939093015192949293505050565b60805160a05161158e6101a05f395f818161021c0152610e4c01525f818161034b0152610d15015261158e5ff3fe608060405234801561000f575f5ffd5b5060043610610115575f3560e01c8063aa4fdefb116100ad578063f220fd6f1161007d578063f367d5cc11610063578063f367d5cc14610310578063f77661ce14610333578063f8401fe614610346575f5ffd5b8063f220fd6f146102ea578063f2fde38b146102fd575f5ffd5b8063aa4fdefb1461025b578063ad35efd414610264578063b7cc6af2146102b7578063b8adaa11146102d7575f5ffd5b8063723dc0c8116100e8578063723dc0c8146101a25780637fabb4a8146101d2578063861a1412146102175780638da5cb5b1461023e575f5ffd5b806305261aea146101195780632491bbd71461012e5780633c6d225714610141578063715018a61461019a575b5f5ffd5b61012c61012736600461129e565b61036d565b005b61012c61013c3660046112b5565b610620565b61015461014f36600461129e565b610733565b6040805173ffffffffffffffffffffffffffffffffffffffff909516855260208501939093529183015267ffffffffffffffff1660608201526080015b60405180910390f35b61012c610838565b6101c46101b036600461129e565b5f9081526003602052604090206001015490565b604051908152602001610191565b6001546101f29073ffffffffffffffffffffffffffffffffffffffff1681565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610191565b6101c47f000000000000000000000000000000000000000000000000000000000000000081565b5f5473ffffffffffffffffffffffffffffffffffffffff166101f2565b6101c460025481565b6102aa61027236600461129e565b5f908152600360205260409020600501547d010000000000000000000000000000000000000000000000000000000000900460ff1690565b6040516101919190611355565b6102ca6102c536600461129e565b61084b565b6040516101919190611369565b6101f26102e536600461129e565b610985565b61012c6102f836600461143d565b610a8d565b61012c61030b3660046112b5565b610c33565b61031a6210000081565b60405167ffffffffffffffff9091168152602001610191565b6101c461034136600461146b565b610c96565b6101f27f000000000000000000000000000000000000000000000000000000000000000081565b5f818152600360205260408120600581015490917d01000000000000000000000000000000000000000000000000000000000090910460ff16908160038111156103b9576103b96112ef565b036103f8576040517f5d32e1cc000000000000000000000000000000000000000000000000000000008152600481018490526024015b60405180910390fd5b600181600381111561040c5761040c6112ef565b146104625782816003811115610424576104246112ef565b6040517f8b28b8fa000000000000000000000000000000000000000000000000000000008152600481019290925260ff1660248201526044016103ef565b60058201547801000000000000000000000000000000000000000000000000900464ffffffffff164210156104f45760058201546040517fe516856200000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910464ffffffffff1660248201526044016103ef565b60058201547e01000000000000000000000000000000000000000000000000000000000000900461ffff161561058a5760058201546040517f6ee5d4ed000000000000000000000000000000000000000000000000000000008152600481018590527e0100000000000000000000000000000000000000000000000000000000000090910461ffff1660248201526044016103ef565b6005820180547d0200000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821617909155825460405173ffffffffffffffffffffffffffffffffffffffff9092169185907f0f6fd50ff555b280266cc0a8e8ac49d231ef4fd4f2ad18279946ccd4609328e1905f90a4505050565b61062861100b565b73ffffffffffffffffffffffffffffffffffffffff8116610675576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015473ffffffffffffffffffffffffffffffffffffffff16156106c5576040517fb7c39afb00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600180547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff83169081179091556040517f22836f8f6ccdd2a457795d4d0ec68a7fbdb87af49e7cb6a52a8c472bedab7945905f90a250565b6001545f9081908190819073ffffffffffffffffffffffffffffffffffffffff1633141580610760575033155b15610799576040517f1608e75a0000000000000000000000000000000000000000000000000000000081523360048201526024016103ef565b5f6107a38661105d565b9050600181600501601e8282829054906101000a900461ffff166107c791906114f5565b82546101009290920a61ffff818102199093169190921691909102179055506005810154600282015460049092015473ffffffffffffffffffffffffffffffffffffffff821698929750955074010000000000000000000000000000000000000000900463ffffffff169350915050565b61084061100b565b6108495f6111a6565b565b61085361121a565b5f828152600360208181526040928390208054855260018101549185019190915260028101549284019290925281810154606084015260048201546080840152600582015473ffffffffffffffffffffffffffffffffffffffff811660a085015274010000000000000000000000000000000000000000810463ffffffff1660c08501527801000000000000000000000000000000000000000000000000810464ffffffffff1660e08501526101008401917d01000000000000000000000000000000000000000000000000000000000090910460ff169081111561093a5761093a6112ef565b9081600381111561094d5761094d6112ef565b905250600501547e01000000000000000000000000000000000000000000000000000000000000900461ffff16610120820152919050565b6001545f9073ffffffffffffffffffffffffffffffffffffffff16331415806109ac575033155b156109e5576040517f1608e75a0000000000000000000000000000000000000000000000000000000081523360048201526024016103ef565b5f6109ef8361105d565b6005810180547d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821617909155815460405173ffffffffffffffffffffffffffffffffffffffff909216945091925083919085907f9f1d7ee398b118cbed6feb6898ab61df75a01ea16aff18682ec183e5596519d9905f90a450919050565b60015473ffffffffffffffffffffffffffffffffffffffff1633141580610ab2575033155b15610aeb576040517f1608e75a0000000000000000000000000000000000000000000000000000000081523360048201526024016103ef565b5f82815260036020526040902060058101805460019190601e90610b369084907e01000000000000000000000000000000000000000000000000000000000000900461ffff1661150f565b92506101000a81548161ffff021916908361ffff16021790555081158015610b975750600160058201547d010000000000000000000000000000000000000000000000000000000000900460ff166003811115610b9557610b956112ef565b145b15610c2e576005810180547d0300000000000000000000000000000000000000000000000000000000007fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff821617909155815460405173ffffffffffffffffffffffffffffffffffffffff9092169185907f9f1d7ee398b118cbed6feb6898ab61df75a01ea16aff18682ec183e5596519d9905f90a45b505050565b610c3b61100b565b73ffffffffffffffffffffffffffffffffffffffff8116610c8a576040517f1e4fbdf70000000000000000000000000000000000000000000000000000000081525f60048201526024016103ef565b610c93816111a6565b50565b6001545f9073ffffffffffffffffffffffffffffffffffffffff16610ce7576040517f1fadc21e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f62d3576b0000000000000000000000000000000000000000000000000000000081523360048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16906362d3576b90602401602060405180830381865afa158015610d6f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d939190611529565b610dcb576040517f93db927a0000000000000000000000000000000000000000000000000000000081523360048201526024016103ef565b67ffffffffffffffff82161580610dee57506210000067ffffffffffffffff8316115b15610e31576040517fc0c8e00000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016103ef565b60025f8154610e3f90611544565b918290555090505f610e717f00000000000000000000000000000000000000000000000000000000000000004261157b565b5f838152600360208181526040928390208c8155600181018c9055600281018b9055918201899055600482018890556005820180547fffffffffffffffff00000000000000000000000000000000000000000000000016337fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff8116919091177401000000000000000000000000000000000000000063ffffffff8b1602177fffff000000000000ffffffffffffffffffffffffffffffffffffffffffffffff16780100000000000000000000000000000000000000000000000064ffffffffff8816027fffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffff16177d0100000000000000000000000000000000000000000000000000000000001790915583518c81529182018b90528184018a90526060820189905267ffffffffffffffff8089166080840152851660a0830152925193945090928b9186917f93ef1b65117c5423065fbd76d955e0cc082beea84e7a0e6dc981d00a09f27b629181900360c00190a450509695505050505050565b5f5473ffffffffffffffffffffffffffffffffffffffff163314610849576040517f118cdaa70000000000000000000000000000000000000000000000000000000081523360048201526024016103ef565b5f818152600360205260408120600581015490917d01000000000000000000000000000000000000000000000000000000000090910460ff16908160038111156110a9576110a96112ef565b036110e3576040517f5d32e1cc000000000000000000000000000000000000000000000000000000008152600481018490526024016103ef565b60018160038111156110f7576110f76112ef565b1461110f5782816003811115610424576104246112ef565b60058201547801000000000000000000000000000000000000000000000000900464ffffffffff1642106111a05760058201546040517f184663dd00000000000000000000000000000000000000000000000000000000815260048101859052780100000000000000000000000000000000000000000000000090910464ffffffffff1660248201526044016103ef565b50919050565b5f805473ffffffffffffffffffffffffffffffffffffffff8381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6040518061014001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f73ffffffffffffffffffffffffffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f67ffffffffffffffff1681526020015f6003811115611292576112926112ef565b81525f60209091015290565b5f602082840312156112ae575f5ffd5b5035919050565b5f602082840312156112c5575f5ffd5b813573ffffffffffffffffffffffffffffffffffffffff811681146112e8575f5ffd5b9392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60048110611351577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b60208101611363828461131c565b92915050565b5f61014082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a08301516113c460a084018273ffffffffffffffffffffffffffffffffffffffff169052565b5060c08301516113e060c084018267ffffffffffffffff169052565b5060e08301516113fc60e084018267ffffffffffffffff169052565b5061010083015161141161010084018261131c565b5061012083015161142961012084018261ffff169052565b5092915050565b8015158114610c93575f5ffd5b5f5f6040838503121561144e575f5ffd5b82359150602083013561146081611430565b809150509250929050565b5f5f5f5f5f5f60c08789031215611480575f5ffd5b863595506020870135945060408701359350606087013592506080870135915060a087013567ffffffffffffffff811681146114ba575f5ffd5b809150509295509295509295565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b61ffff8181168382160190811115611363576113636114c8565b61ffff8281168282160390811115611363576113636114c8565b5f60208284031215611539575f5ffd5b81516112e881611430565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203611574576115746114c8565b5060010190565b80820180821115611363576113636114c856",
}

// ResultRegistry is an auto generated Go binding around an Ethereum contract.
type ResultRegistry struct {
	abi abi.ABI
}

// NewResultRegistry creates a new instance of ResultRegistry.
func NewResultRegistry() *ResultRegistry {
	parsed, err := ResultRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ResultRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ResultRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address providers_, uint256 challengeWindow_) returns()
func (resultRegistry *ResultRegistry) PackConstructor(providers_ common.Address, challengeWindow_ *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("", providers_, challengeWindow_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf367d5cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_STEPS() view returns(uint64)
func (resultRegistry *ResultRegistry) PackMAXSTEPS() []byte {
	enc, err := resultRegistry.abi.Pack("MAX_STEPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSTEPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf367d5cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_STEPS() view returns(uint64)
func (resultRegistry *ResultRegistry) TryPackMAXSTEPS() ([]byte, error) {
	return resultRegistry.abi.Pack("MAX_STEPS")
}

// UnpackMAXSTEPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf367d5cc.
//
// Solidity: function MAX_STEPS() view returns(uint64)
func (resultRegistry *ResultRegistry) UnpackMAXSTEPS(data []byte) (uint64, error) {
	out, err := resultRegistry.abi.Unpack("MAX_STEPS", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function challengeWindow() view returns(uint256)
func (resultRegistry *ResultRegistry) PackChallengeWindow() []byte {
	enc, err := resultRegistry.abi.Pack("challengeWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChallengeWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x861a1412.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function challengeWindow() view returns(uint256)
func (resultRegistry *ResultRegistry) TryPackChallengeWindow() ([]byte, error) {
	return resultRegistry.abi.Pack("challengeWindow")
}

// UnpackChallengeWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x861a1412.
//
// Solidity: function challengeWindow() view returns(uint256)
func (resultRegistry *ResultRegistry) UnpackChallengeWindow(data []byte) (*big.Int, error) {
	out, err := resultRegistry.abi.Unpack("challengeWindow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7cc6af2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitment(uint256 resultId) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,address,uint64,uint64,uint8,uint16) c)
func (resultRegistry *ResultRegistry) PackCommitment(resultId *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("commitment", resultId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitment is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7cc6af2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitment(uint256 resultId) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,address,uint64,uint64,uint8,uint16) c)
func (resultRegistry *ResultRegistry) TryPackCommitment(resultId *big.Int) ([]byte, error) {
	return resultRegistry.abi.Pack("commitment", resultId)
}

// UnpackCommitment is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7cc6af2.
//
// Solidity: function commitment(uint256 resultId) view returns((bytes32,bytes32,bytes32,bytes32,bytes32,address,uint64,uint64,uint8,uint16) c)
func (resultRegistry *ResultRegistry) UnpackCommitment(data []byte) (IResultRegistryCommitment, error) {
	out, err := resultRegistry.abi.Unpack("commitment", data)
	if err != nil {
		return *new(IResultRegistryCommitment), err
	}
	out0 := *abi.ConvertType(out[0], new(IResultRegistryCommitment)).(*IResultRegistryCommitment)
	return out0, nil
}

// PackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disputeGame() view returns(address)
func (resultRegistry *ResultRegistry) PackDisputeGame() []byte {
	enc, err := resultRegistry.abi.Pack("disputeGame")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fabb4a8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disputeGame() view returns(address)
func (resultRegistry *ResultRegistry) TryPackDisputeGame() ([]byte, error) {
	return resultRegistry.abi.Pack("disputeGame")
}

// UnpackDisputeGame is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fabb4a8.
//
// Solidity: function disputeGame() view returns(address)
func (resultRegistry *ResultRegistry) UnpackDisputeGame(data []byte) (common.Address, error) {
	out, err := resultRegistry.abi.Unpack("disputeGame", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalize(uint256 resultId) returns()
func (resultRegistry *ResultRegistry) PackFinalize(resultId *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("finalize", resultId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05261aea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalize(uint256 resultId) returns()
func (resultRegistry *ResultRegistry) TryPackFinalize(resultId *big.Int) ([]byte, error) {
	return resultRegistry.abi.Pack("finalize", resultId)
}

// PackGameOpened is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c6d2257.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameOpened(uint256 resultId) returns(address executor, bytes32 inputRoot, bytes32 finalState, uint64 steps)
func (resultRegistry *ResultRegistry) PackGameOpened(resultId *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("gameOpened", resultId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameOpened is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c6d2257.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameOpened(uint256 resultId) returns(address executor, bytes32 inputRoot, bytes32 finalState, uint64 steps)
func (resultRegistry *ResultRegistry) TryPackGameOpened(resultId *big.Int) ([]byte, error) {
	return resultRegistry.abi.Pack("gameOpened", resultId)
}

// GameOpenedOutput serves as a container for the return parameters of contract
// method GameOpened.
type GameOpenedOutput struct {
	Executor   common.Address
	InputRoot  [32]byte
	FinalState [32]byte
	Steps      uint64
}

// UnpackGameOpened is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c6d2257.
//
// Solidity: function gameOpened(uint256 resultId) returns(address executor, bytes32 inputRoot, bytes32 finalState, uint64 steps)
func (resultRegistry *ResultRegistry) UnpackGameOpened(data []byte) (GameOpenedOutput, error) {
	out, err := resultRegistry.abi.Unpack("gameOpened", data)
	outstruct := new(GameOpenedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Executor = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.InputRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.FinalState = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.Steps = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackGameResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf220fd6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function gameResolved(uint256 resultId, bool executorWon) returns()
func (resultRegistry *ResultRegistry) PackGameResolved(resultId *big.Int, executorWon bool) []byte {
	enc, err := resultRegistry.abi.Pack("gameResolved", resultId, executorWon)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGameResolved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf220fd6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function gameResolved(uint256 resultId, bool executorWon) returns()
func (resultRegistry *ResultRegistry) TryPackGameResolved(resultId *big.Int, executorWon bool) ([]byte, error) {
	return resultRegistry.abi.Pack("gameResolved", resultId, executorWon)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (resultRegistry *ResultRegistry) PackOwner() []byte {
	enc, err := resultRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (resultRegistry *ResultRegistry) TryPackOwner() ([]byte, error) {
	return resultRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (resultRegistry *ResultRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := resultRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf77661ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postResult(bytes32 jobId, bytes32 programRoot, bytes32 inputRoot, bytes32 outputRoot, bytes32 finalState, uint64 steps) returns(uint256 resultId)
func (resultRegistry *ResultRegistry) PackPostResult(jobId [32]byte, programRoot [32]byte, inputRoot [32]byte, outputRoot [32]byte, finalState [32]byte, steps uint64) []byte {
	enc, err := resultRegistry.abi.Pack("postResult", jobId, programRoot, inputRoot, outputRoot, finalState, steps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostResult is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf77661ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postResult(bytes32 jobId, bytes32 programRoot, bytes32 inputRoot, bytes32 outputRoot, bytes32 finalState, uint64 steps) returns(uint256 resultId)
func (resultRegistry *ResultRegistry) TryPackPostResult(jobId [32]byte, programRoot [32]byte, inputRoot [32]byte, outputRoot [32]byte, finalState [32]byte, steps uint64) ([]byte, error) {
	return resultRegistry.abi.Pack("postResult", jobId, programRoot, inputRoot, outputRoot, finalState, steps)
}

// UnpackPostResult is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf77661ce.
//
// Solidity: function postResult(bytes32 jobId, bytes32 programRoot, bytes32 inputRoot, bytes32 outputRoot, bytes32 finalState, uint64 steps) returns(uint256 resultId)
func (resultRegistry *ResultRegistry) UnpackPostResult(data []byte) (*big.Int, error) {
	out, err := resultRegistry.abi.Unpack("postResult", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProgramRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x723dc0c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function programRootOf(uint256 resultId) view returns(bytes32)
func (resultRegistry *ResultRegistry) PackProgramRootOf(resultId *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("programRootOf", resultId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProgramRootOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x723dc0c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function programRootOf(uint256 resultId) view returns(bytes32)
func (resultRegistry *ResultRegistry) TryPackProgramRootOf(resultId *big.Int) ([]byte, error) {
	return resultRegistry.abi.Pack("programRootOf", resultId)
}

// UnpackProgramRootOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x723dc0c8.
//
// Solidity: function programRootOf(uint256 resultId) view returns(bytes32)
func (resultRegistry *ResultRegistry) UnpackProgramRootOf(data []byte) ([32]byte, error) {
	out, err := resultRegistry.abi.Unpack("programRootOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8401fe6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providers() view returns(address)
func (resultRegistry *ResultRegistry) PackProviders() []byte {
	enc, err := resultRegistry.abi.Pack("providers")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8401fe6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providers() view returns(address)
func (resultRegistry *ResultRegistry) TryPackProviders() ([]byte, error) {
	return resultRegistry.abi.Pack("providers")
}

// UnpackProviders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8401fe6.
//
// Solidity: function providers() view returns(address)
func (resultRegistry *ResultRegistry) UnpackProviders(data []byte) (common.Address, error) {
	out, err := resultRegistry.abi.Unpack("providers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8adaa11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reject(uint256 resultId) returns(address executor)
func (resultRegistry *ResultRegistry) PackReject(resultId *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("reject", resultId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReject is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8adaa11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reject(uint256 resultId) returns(address executor)
func (resultRegistry *ResultRegistry) TryPackReject(resultId *big.Int) ([]byte, error) {
	return resultRegistry.abi.Pack("reject", resultId)
}

// UnpackReject is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8adaa11.
//
// Solidity: function reject(uint256 resultId) returns(address executor)
func (resultRegistry *ResultRegistry) UnpackReject(data []byte) (common.Address, error) {
	out, err := resultRegistry.abi.Unpack("reject", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (resultRegistry *ResultRegistry) PackRenounceOwnership() []byte {
	enc, err := resultRegistry.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (resultRegistry *ResultRegistry) TryPackRenounceOwnership() ([]byte, error) {
	return resultRegistry.abi.Pack("renounceOwnership")
}

// PackResultCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa4fdefb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function resultCount() view returns(uint256)
func (resultRegistry *ResultRegistry) PackResultCount() []byte {
	enc, err := resultRegistry.abi.Pack("resultCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResultCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa4fdefb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function resultCount() view returns(uint256)
func (resultRegistry *ResultRegistry) TryPackResultCount() ([]byte, error) {
	return resultRegistry.abi.Pack("resultCount")
}

// UnpackResultCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa4fdefb.
//
// Solidity: function resultCount() view returns(uint256)
func (resultRegistry *ResultRegistry) UnpackResultCount(data []byte) (*big.Int, error) {
	out, err := resultRegistry.abi.Unpack("resultCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDisputeGame(address game) returns()
func (resultRegistry *ResultRegistry) PackSetDisputeGame(game common.Address) []byte {
	enc, err := resultRegistry.abi.Pack("setDisputeGame", game)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDisputeGame is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2491bbd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDisputeGame(address game) returns()
func (resultRegistry *ResultRegistry) TryPackSetDisputeGame(game common.Address) ([]byte, error) {
	return resultRegistry.abi.Pack("setDisputeGame", game)
}

// PackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function statusOf(uint256 resultId) view returns(uint8)
func (resultRegistry *ResultRegistry) PackStatusOf(resultId *big.Int) []byte {
	enc, err := resultRegistry.abi.Pack("statusOf", resultId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStatusOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad35efd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function statusOf(uint256 resultId) view returns(uint8)
func (resultRegistry *ResultRegistry) TryPackStatusOf(resultId *big.Int) ([]byte, error) {
	return resultRegistry.abi.Pack("statusOf", resultId)
}

// UnpackStatusOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad35efd4.
//
// Solidity: function statusOf(uint256 resultId) view returns(uint8)
func (resultRegistry *ResultRegistry) UnpackStatusOf(data []byte) (uint8, error) {
	out, err := resultRegistry.abi.Unpack("statusOf", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (resultRegistry *ResultRegistry) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := resultRegistry.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (resultRegistry *ResultRegistry) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return resultRegistry.abi.Pack("transferOwnership", newOwner)
}

// ResultRegistryDisputeGameSet represents a DisputeGameSet event raised by the ResultRegistry contract.
type ResultRegistryDisputeGameSet struct {
	DisputeGame common.Address
	Raw         *types.Log // Blockchain specific contextual infos
}

const ResultRegistryDisputeGameSetEventName = "DisputeGameSet"

// ContractEventName returns the user-defined event name.
func (ResultRegistryDisputeGameSet) ContractEventName() string {
	return ResultRegistryDisputeGameSetEventName
}

// UnpackDisputeGameSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisputeGameSet(address indexed disputeGame)
func (resultRegistry *ResultRegistry) UnpackDisputeGameSetEvent(log *types.Log) (*ResultRegistryDisputeGameSet, error) {
	event := "DisputeGameSet"
	if len(log.Topics) == 0 || log.Topics[0] != resultRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ResultRegistryDisputeGameSet)
	if len(log.Data) > 0 {
		if err := resultRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ResultRegistryOwnershipTransferred represents a OwnershipTransferred event raised by the ResultRegistry contract.
type ResultRegistryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const ResultRegistryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (ResultRegistryOwnershipTransferred) ContractEventName() string {
	return ResultRegistryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (resultRegistry *ResultRegistry) UnpackOwnershipTransferredEvent(log *types.Log) (*ResultRegistryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 || log.Topics[0] != resultRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ResultRegistryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := resultRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ResultRegistryResultFinalized represents a ResultFinalized event raised by the ResultRegistry contract.
type ResultRegistryResultFinalized struct {
	ResultId *big.Int
	JobId    [32]byte
	Executor common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ResultRegistryResultFinalizedEventName = "ResultFinalized"

// ContractEventName returns the user-defined event name.
func (ResultRegistryResultFinalized) ContractEventName() string {
	return ResultRegistryResultFinalizedEventName
}

// UnpackResultFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultFinalized(uint256 indexed resultId, bytes32 indexed jobId, address indexed executor)
func (resultRegistry *ResultRegistry) UnpackResultFinalizedEvent(log *types.Log) (*ResultRegistryResultFinalized, error) {
	event := "ResultFinalized"
	if len(log.Topics) == 0 || log.Topics[0] != resultRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ResultRegistryResultFinalized)
	if len(log.Data) > 0 {
		if err := resultRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ResultRegistryResultPosted represents a ResultPosted event raised by the ResultRegistry contract.
type ResultRegistryResultPosted struct {
	ResultId    *big.Int
	JobId       [32]byte
	Executor    common.Address
	ProgramRoot [32]byte
	InputRoot   [32]byte
	OutputRoot  [32]byte
	FinalState  [32]byte
	Steps       uint64
	Deadline    uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const ResultRegistryResultPostedEventName = "ResultPosted"

// ContractEventName returns the user-defined event name.
func (ResultRegistryResultPosted) ContractEventName() string {
	return ResultRegistryResultPostedEventName
}

// UnpackResultPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultPosted(uint256 indexed resultId, bytes32 indexed jobId, address indexed executor, bytes32 programRoot, bytes32 inputRoot, bytes32 outputRoot, bytes32 finalState, uint64 steps, uint64 deadline)
func (resultRegistry *ResultRegistry) UnpackResultPostedEvent(log *types.Log) (*ResultRegistryResultPosted, error) {
	event := "ResultPosted"
	if len(log.Topics) == 0 || log.Topics[0] != resultRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ResultRegistryResultPosted)
	if len(log.Data) > 0 {
		if err := resultRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ResultRegistryResultRejected represents a ResultRejected event raised by the ResultRegistry contract.
type ResultRegistryResultRejected struct {
	ResultId *big.Int
	JobId    [32]byte
	Executor common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const ResultRegistryResultRejectedEventName = "ResultRejected"

// ContractEventName returns the user-defined event name.
func (ResultRegistryResultRejected) ContractEventName() string {
	return ResultRegistryResultRejectedEventName
}

// UnpackResultRejectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResultRejected(uint256 indexed resultId, bytes32 indexed jobId, address indexed executor)
func (resultRegistry *ResultRegistry) UnpackResultRejectedEvent(log *types.Log) (*ResultRegistryResultRejected, error) {
	event := "ResultRejected"
	if len(log.Topics) == 0 || log.Topics[0] != resultRegistry.abi.Events[event].ID {
		return nil, errors.New("event signature mismatch")
	}
	out := new(ResultRegistryResultRejected)
	if len(log.Data) > 0 {
		if err := resultRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range resultRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (resultRegistry *ResultRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadChunkCount"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadChunkCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadChunkWitness"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadChunkWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadConcat"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadConcatError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadDType"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadDTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadDescendants"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadDescendantsError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadDissectionLength"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadDissectionLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadHeader"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadHeaderError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadIndex"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadLength"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadMyProof"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadMyProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadOpProof"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadOpProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadOperandType"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadOperandTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadOutSlotWitness"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadOutSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadOutputType"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadOutputTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadOutputs"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadOutputsError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadPerm"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadPermError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadRequantParams"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadRequantParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadShape"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadShapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadSiblings"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadSiblingsError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadSliceStart"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadSliceStartError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadSlotProof"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadSlotProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadSlotWitness"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadSlotWitnessError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadSteps"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadStepsError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["BadTheirProof"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackBadTheirProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["CannotPost"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackCannotPostError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ChunkMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackChunkMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ClaimMatchesFinalState"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackClaimMatchesFinalStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ClockExpired"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackClockExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ClockRunning"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackClockRunningError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["DisputeGameAlreadySet"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackDisputeGameAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["DisputeGameNotSet"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackDisputeGameNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["DissectionMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackDissectionMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["EmptyRow"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackEmptyRowError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["GamesOpen"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackGamesOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["IndexOutOfRange"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackIndexOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["LeafBeyondTensor"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackLeafBeyondTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["LeafWithinTensor"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackLeafWithinTensorError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NoStake"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNoStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NonCanonicalOp"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNonCanonicalOpError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NotDisputeGame"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNotDisputeGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NotUnbonding"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNotUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NotYourTurn"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNotYourTurnError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["OutputRootMatches"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackOutputRootMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["OutputTypeMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackOutputTypeMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ProgramRootMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackProgramRootMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ProviderUnbonding"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackProviderUnbondingError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["RecordMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackRecordMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["RootsAgree"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackRootsAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["StepCountMatches"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackStepCountMatchesError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["UnbondingDelayTooShort"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackUnbondingDelayTooShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["UnbondingNotElapsed"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackUnbondingNotElapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["UnexpectedEther"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackUnexpectedEtherError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["UnknownGame"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackUnknownGameError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["UnknownOpcode"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackUnknownOpcodeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["UnknownResult"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackUnknownResultError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ValuesAgree"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackValuesAgreeError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["WindowClosed"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackWindowClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["WindowOpen"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["WrongBond"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackWrongBondError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["WrongInputCount"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackWrongInputCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["WrongPhase"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackWrongPhaseError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], resultRegistry.abi.Errors["ZeroValue"].ID.Bytes()[:4]) {
		return resultRegistry.UnpackZeroValueError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ResultRegistryBadChunkCount represents a BadChunkCount error raised by the ResultRegistry contract.
type ResultRegistryBadChunkCount struct {
	Operand *big.Int
	Want    *big.Int
	Got     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func ResultRegistryBadChunkCountErrorID() common.Hash {
	return common.HexToHash("0x90ca1396e8087c2796c999f7212bbb7f15dea83f089e2351980ded77d8a9fbfd")
}

// UnpackBadChunkCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkCount(uint256 operand, uint256 want, uint256 got)
func (resultRegistry *ResultRegistry) UnpackBadChunkCountError(raw []byte) (*ResultRegistryBadChunkCount, error) {
	out := new(ResultRegistryBadChunkCount)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadChunkCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadChunkWitness represents a BadChunkWitness error raised by the ResultRegistry contract.
type ResultRegistryBadChunkWitness struct {
	Operand  *big.Int
	Position *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func ResultRegistryBadChunkWitnessErrorID() common.Hash {
	return common.HexToHash("0x41acd20f79278986bbe679aa457372f86255a616daee1eb1ac149d95c25c6d17")
}

// UnpackBadChunkWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadChunkWitness(uint256 operand, uint256 position)
func (resultRegistry *ResultRegistry) UnpackBadChunkWitnessError(raw []byte) (*ResultRegistryBadChunkWitness, error) {
	out := new(ResultRegistryBadChunkWitness)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadChunkWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadConcat represents a BadConcat error raised by the ResultRegistry contract.
type ResultRegistryBadConcat struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadConcat()
func ResultRegistryBadConcatErrorID() common.Hash {
	return common.HexToHash("0x65c88c69502cfd8974eaaa727ec1f73ecd628eee6210552833c3ad3c43d930ec")
}

// UnpackBadConcatError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadConcat()
func (resultRegistry *ResultRegistry) UnpackBadConcatError(raw []byte) (*ResultRegistryBadConcat, error) {
	out := new(ResultRegistryBadConcat)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadConcat", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadDType represents a BadDType error raised by the ResultRegistry contract.
type ResultRegistryBadDType struct {
	Dtype uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDType(uint8 dtype)
func ResultRegistryBadDTypeErrorID() common.Hash {
	return common.HexToHash("0x474af581c9f4508db6e894760e299b2238a7fd4f0ae92c14e53bc1876ea7e4cf")
}

// UnpackBadDTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDType(uint8 dtype)
func (resultRegistry *ResultRegistry) UnpackBadDTypeError(raw []byte) (*ResultRegistryBadDType, error) {
	out := new(ResultRegistryBadDType)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadDType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadDescendants represents a BadDescendants error raised by the ResultRegistry contract.
type ResultRegistryBadDescendants struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDescendants()
func ResultRegistryBadDescendantsErrorID() common.Hash {
	return common.HexToHash("0x949bbe773327e26c4e8fd26e856b48b731cde056dd60f597daec55d20c33e2de")
}

// UnpackBadDescendantsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDescendants()
func (resultRegistry *ResultRegistry) UnpackBadDescendantsError(raw []byte) (*ResultRegistryBadDescendants, error) {
	out := new(ResultRegistryBadDescendants)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadDescendants", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadDissectionLength represents a BadDissectionLength error raised by the ResultRegistry contract.
type ResultRegistryBadDissectionLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func ResultRegistryBadDissectionLengthErrorID() common.Hash {
	return common.HexToHash("0x4182afc3c35e6411b817690690fff384193b0de9d97d9c21f4b7693c2c010dde")
}

// UnpackBadDissectionLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDissectionLength(uint256 want, uint256 got)
func (resultRegistry *ResultRegistry) UnpackBadDissectionLengthError(raw []byte) (*ResultRegistryBadDissectionLength, error) {
	out := new(ResultRegistryBadDissectionLength)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadDissectionLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadHeader represents a BadHeader error raised by the ResultRegistry contract.
type ResultRegistryBadHeader struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadHeader()
func ResultRegistryBadHeaderErrorID() common.Hash {
	return common.HexToHash("0x451b7cffd5afdd96a51fe8544f5ec6ffb29228bad9c3d25b5d9e4bcb05191f5c")
}

// UnpackBadHeaderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadHeader()
func (resultRegistry *ResultRegistry) UnpackBadHeaderError(raw []byte) (*ResultRegistryBadHeader, error) {
	out := new(ResultRegistryBadHeader)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadHeader", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadIndex represents a BadIndex error raised by the ResultRegistry contract.
type ResultRegistryBadIndex struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func ResultRegistryBadIndexErrorID() common.Hash {
	return common.HexToHash("0x8c69f30ce613cf00078ce65567d04f6ba6644d72f86972d0dcec9a39d9b2661d")
}

// UnpackBadIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadIndex(uint256 index, uint256 limit)
func (resultRegistry *ResultRegistry) UnpackBadIndexError(raw []byte) (*ResultRegistryBadIndex, error) {
	out := new(ResultRegistryBadIndex)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadLength represents a BadLength error raised by the ResultRegistry contract.
type ResultRegistryBadLength struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func ResultRegistryBadLengthErrorID() common.Hash {
	return common.HexToHash("0x2e728bb299a4350a54b785ec273eba735876e184e92418ebbfc635323754ea50")
}

// UnpackBadLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadLength(uint256 want, uint256 got)
func (resultRegistry *ResultRegistry) UnpackBadLengthError(raw []byte) (*ResultRegistryBadLength, error) {
	out := new(ResultRegistryBadLength)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadMyProof represents a BadMyProof error raised by the ResultRegistry contract.
type ResultRegistryBadMyProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMyProof()
func ResultRegistryBadMyProofErrorID() common.Hash {
	return common.HexToHash("0xf62f086af5d8650c1c0ab6f288cdd288b0bc8834d2822169944799b1cfe8fe3d")
}

// UnpackBadMyProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMyProof()
func (resultRegistry *ResultRegistry) UnpackBadMyProofError(raw []byte) (*ResultRegistryBadMyProof, error) {
	out := new(ResultRegistryBadMyProof)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadMyProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadOpProof represents a BadOpProof error raised by the ResultRegistry contract.
type ResultRegistryBadOpProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOpProof()
func ResultRegistryBadOpProofErrorID() common.Hash {
	return common.HexToHash("0xa44ae1248d24ac72d1b0ed1547ce2d02bcbe57925af3a8096031b97edc802fd9")
}

// UnpackBadOpProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOpProof()
func (resultRegistry *ResultRegistry) UnpackBadOpProofError(raw []byte) (*ResultRegistryBadOpProof, error) {
	out := new(ResultRegistryBadOpProof)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadOpProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadOperandType represents a BadOperandType error raised by the ResultRegistry contract.
type ResultRegistryBadOperandType struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOperandType(uint256 operand)
func ResultRegistryBadOperandTypeErrorID() common.Hash {
	return common.HexToHash("0x8c202a4c79d879cfd756b3f9f81dc2da46ceefd4da60f678475fc28df603801b")
}

// UnpackBadOperandTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOperandType(uint256 operand)
func (resultRegistry *ResultRegistry) UnpackBadOperandTypeError(raw []byte) (*ResultRegistryBadOperandType, error) {
	out := new(ResultRegistryBadOperandType)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadOperandType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadOutSlotWitness represents a BadOutSlotWitness error raised by the ResultRegistry contract.
type ResultRegistryBadOutSlotWitness struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutSlotWitness()
func ResultRegistryBadOutSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x610b1c19dabfa2373c42219c4a07a2f71e4bd41d04402832d9ba1ddb58ee582f")
}

// UnpackBadOutSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutSlotWitness()
func (resultRegistry *ResultRegistry) UnpackBadOutSlotWitnessError(raw []byte) (*ResultRegistryBadOutSlotWitness, error) {
	out := new(ResultRegistryBadOutSlotWitness)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadOutSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadOutputType represents a BadOutputType error raised by the ResultRegistry contract.
type ResultRegistryBadOutputType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputType()
func ResultRegistryBadOutputTypeErrorID() common.Hash {
	return common.HexToHash("0x9af93d8d2a9a50f1121ef86631b556f7f3a3ed236ce8c70db2b3d270f62272bd")
}

// UnpackBadOutputTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputType()
func (resultRegistry *ResultRegistry) UnpackBadOutputTypeError(raw []byte) (*ResultRegistryBadOutputType, error) {
	out := new(ResultRegistryBadOutputType)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadOutputType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadOutputs represents a BadOutputs error raised by the ResultRegistry contract.
type ResultRegistryBadOutputs struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadOutputs()
func ResultRegistryBadOutputsErrorID() common.Hash {
	return common.HexToHash("0xb0e458baf2457c37b92f185a8090e699aa1fcb06cfb7531c6094548f98a6d336")
}

// UnpackBadOutputsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadOutputs()
func (resultRegistry *ResultRegistry) UnpackBadOutputsError(raw []byte) (*ResultRegistryBadOutputs, error) {
	out := new(ResultRegistryBadOutputs)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadOutputs", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadParameter represents a BadParameter error raised by the ResultRegistry contract.
type ResultRegistryBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func ResultRegistryBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (resultRegistry *ResultRegistry) UnpackBadParameterError(raw []byte) (*ResultRegistryBadParameter, error) {
	out := new(ResultRegistryBadParameter)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadPerm represents a BadPerm error raised by the ResultRegistry contract.
type ResultRegistryBadPerm struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPerm()
func ResultRegistryBadPermErrorID() common.Hash {
	return common.HexToHash("0x39083d1ae8938531d36fe63bfb2122cb2a7daf468f3607802008d71d5ccc0f0f")
}

// UnpackBadPermError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPerm()
func (resultRegistry *ResultRegistry) UnpackBadPermError(raw []byte) (*ResultRegistryBadPerm, error) {
	out := new(ResultRegistryBadPerm)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadPerm", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadRequantParams represents a BadRequantParams error raised by the ResultRegistry contract.
type ResultRegistryBadRequantParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadRequantParams()
func ResultRegistryBadRequantParamsErrorID() common.Hash {
	return common.HexToHash("0x8b8d32d339c2be40d08ac9ffe295f086adc1a41bc5d7d67dda6e6f8d85b58152")
}

// UnpackBadRequantParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadRequantParams()
func (resultRegistry *ResultRegistry) UnpackBadRequantParamsError(raw []byte) (*ResultRegistryBadRequantParams, error) {
	out := new(ResultRegistryBadRequantParams)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadRequantParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadShape represents a BadShape error raised by the ResultRegistry contract.
type ResultRegistryBadShape struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadShape()
func ResultRegistryBadShapeErrorID() common.Hash {
	return common.HexToHash("0xa9b0b665c066a999c509260ff6cd126c2955aa72a3118849c60570a20fe63bd7")
}

// UnpackBadShapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadShape()
func (resultRegistry *ResultRegistry) UnpackBadShapeError(raw []byte) (*ResultRegistryBadShape, error) {
	out := new(ResultRegistryBadShape)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadShape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadSiblings represents a BadSiblings error raised by the ResultRegistry contract.
type ResultRegistryBadSiblings struct {
	Want *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSiblings(uint256 want)
func ResultRegistryBadSiblingsErrorID() common.Hash {
	return common.HexToHash("0x077bac6ae92853533860828207623dfeef2e005cbf8799420baf981cd1eb2206")
}

// UnpackBadSiblingsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSiblings(uint256 want)
func (resultRegistry *ResultRegistry) UnpackBadSiblingsError(raw []byte) (*ResultRegistryBadSiblings, error) {
	out := new(ResultRegistryBadSiblings)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadSiblings", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadSliceStart represents a BadSliceStart error raised by the ResultRegistry contract.
type ResultRegistryBadSliceStart struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSliceStart()
func ResultRegistryBadSliceStartErrorID() common.Hash {
	return common.HexToHash("0x5ebf6b57f08a4180036c0d8cf093276c7b3109727cb5861003ab9de55f003127")
}

// UnpackBadSliceStartError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSliceStart()
func (resultRegistry *ResultRegistry) UnpackBadSliceStartError(raw []byte) (*ResultRegistryBadSliceStart, error) {
	out := new(ResultRegistryBadSliceStart)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadSliceStart", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadSlotProof represents a BadSlotProof error raised by the ResultRegistry contract.
type ResultRegistryBadSlotProof struct {
	K *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotProof(uint256 k)
func ResultRegistryBadSlotProofErrorID() common.Hash {
	return common.HexToHash("0x41ecd08cd4f346d1f9df7f0efd0f0f2f0450e0ce0c5607b95e89522f312df53e")
}

// UnpackBadSlotProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotProof(uint256 k)
func (resultRegistry *ResultRegistry) UnpackBadSlotProofError(raw []byte) (*ResultRegistryBadSlotProof, error) {
	out := new(ResultRegistryBadSlotProof)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadSlotProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadSlotWitness represents a BadSlotWitness error raised by the ResultRegistry contract.
type ResultRegistryBadSlotWitness struct {
	Operand *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSlotWitness(uint256 operand)
func ResultRegistryBadSlotWitnessErrorID() common.Hash {
	return common.HexToHash("0x75712bd260879d97a64518398dead5c5a593ce1fdd06edd72a0b6deb64e0a661")
}

// UnpackBadSlotWitnessError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSlotWitness(uint256 operand)
func (resultRegistry *ResultRegistry) UnpackBadSlotWitnessError(raw []byte) (*ResultRegistryBadSlotWitness, error) {
	out := new(ResultRegistryBadSlotWitness)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadSlotWitness", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadSteps represents a BadSteps error raised by the ResultRegistry contract.
type ResultRegistryBadSteps struct {
	Steps uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSteps(uint64 steps)
func ResultRegistryBadStepsErrorID() common.Hash {
	return common.HexToHash("0xc0c8e000524f023e1801e669c48c02c98267642aa736aaffe3ed00b77f60b2cb")
}

// UnpackBadStepsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSteps(uint64 steps)
func (resultRegistry *ResultRegistry) UnpackBadStepsError(raw []byte) (*ResultRegistryBadSteps, error) {
	out := new(ResultRegistryBadSteps)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadSteps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryBadTheirProof represents a BadTheirProof error raised by the ResultRegistry contract.
type ResultRegistryBadTheirProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadTheirProof()
func ResultRegistryBadTheirProofErrorID() common.Hash {
	return common.HexToHash("0x971a9d5501f598cc0a922116ab005f2c0be9d534b2a92cb69af6c66b13c8ea1c")
}

// UnpackBadTheirProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadTheirProof()
func (resultRegistry *ResultRegistry) UnpackBadTheirProofError(raw []byte) (*ResultRegistryBadTheirProof, error) {
	out := new(ResultRegistryBadTheirProof)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "BadTheirProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryCannotPost represents a CannotPost error raised by the ResultRegistry contract.
type ResultRegistryCannotPost struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CannotPost(address account)
func ResultRegistryCannotPostErrorID() common.Hash {
	return common.HexToHash("0x93db927a3697f925f9d364b3e7964dbb908b156efbc53ac928c388eda5bf9ef5")
}

// UnpackCannotPostError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CannotPost(address account)
func (resultRegistry *ResultRegistry) UnpackCannotPostError(raw []byte) (*ResultRegistryCannotPost, error) {
	out := new(ResultRegistryCannotPost)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "CannotPost", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryChunkMismatch represents a ChunkMismatch error raised by the ResultRegistry contract.
type ResultRegistryChunkMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkMismatch()
func ResultRegistryChunkMismatchErrorID() common.Hash {
	return common.HexToHash("0x2d8a57957583db546cd0da1376e9c824d926cac283da37f8b852ef2d4c72c827")
}

// UnpackChunkMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkMismatch()
func (resultRegistry *ResultRegistry) UnpackChunkMismatchError(raw []byte) (*ResultRegistryChunkMismatch, error) {
	out := new(ResultRegistryChunkMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ChunkMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryClaimMatchesFinalState represents a ClaimMatchesFinalState error raised by the ResultRegistry contract.
type ResultRegistryClaimMatchesFinalState struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimMatchesFinalState()
func ResultRegistryClaimMatchesFinalStateErrorID() common.Hash {
	return common.HexToHash("0x6b2b76455aedc53789e4f8b4bddc22a3b00d0165e665df4b53c1db0094ee123c")
}

// UnpackClaimMatchesFinalStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimMatchesFinalState()
func (resultRegistry *ResultRegistry) UnpackClaimMatchesFinalStateError(raw []byte) (*ResultRegistryClaimMatchesFinalState, error) {
	out := new(ResultRegistryClaimMatchesFinalState)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ClaimMatchesFinalState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryClockExpired represents a ClockExpired error raised by the ResultRegistry contract.
type ResultRegistryClockExpired struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockExpired(uint256 gameId)
func ResultRegistryClockExpiredErrorID() common.Hash {
	return common.HexToHash("0xa4b6aaf4e5cc5be6e08f2b344c5c736d737f908dcd8dc031d8aa7290f48b1283")
}

// UnpackClockExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockExpired(uint256 gameId)
func (resultRegistry *ResultRegistry) UnpackClockExpiredError(raw []byte) (*ResultRegistryClockExpired, error) {
	out := new(ResultRegistryClockExpired)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ClockExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryClockRunning represents a ClockRunning error raised by the ResultRegistry contract.
type ResultRegistryClockRunning struct {
	GameId      *big.Int
	SecondsLeft *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func ResultRegistryClockRunningErrorID() common.Hash {
	return common.HexToHash("0x19cd57f890326c671dd10f1829b78eb2f8128f2e3e14b04b20aa64368b18d6ba")
}

// UnpackClockRunningError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClockRunning(uint256 gameId, uint256 secondsLeft)
func (resultRegistry *ResultRegistry) UnpackClockRunningError(raw []byte) (*ResultRegistryClockRunning, error) {
	out := new(ResultRegistryClockRunning)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ClockRunning", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryDisputeGameAlreadySet represents a DisputeGameAlreadySet error raised by the ResultRegistry contract.
type ResultRegistryDisputeGameAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameAlreadySet()
func ResultRegistryDisputeGameAlreadySetErrorID() common.Hash {
	return common.HexToHash("0xb7c39afb8c0691a5266ec774d38b5c31a670d0e91323777cdbbe4a087ce9d6dc")
}

// UnpackDisputeGameAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameAlreadySet()
func (resultRegistry *ResultRegistry) UnpackDisputeGameAlreadySetError(raw []byte) (*ResultRegistryDisputeGameAlreadySet, error) {
	out := new(ResultRegistryDisputeGameAlreadySet)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "DisputeGameAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryDisputeGameNotSet represents a DisputeGameNotSet error raised by the ResultRegistry contract.
type ResultRegistryDisputeGameNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisputeGameNotSet()
func ResultRegistryDisputeGameNotSetErrorID() common.Hash {
	return common.HexToHash("0x1fadc21ebf4c4f5e8e1c3b3f4bef7196ef30db58f4bb99bcef7c124bb2aad6ea")
}

// UnpackDisputeGameNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisputeGameNotSet()
func (resultRegistry *ResultRegistry) UnpackDisputeGameNotSetError(raw []byte) (*ResultRegistryDisputeGameNotSet, error) {
	out := new(ResultRegistryDisputeGameNotSet)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "DisputeGameNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryDissectionMismatch represents a DissectionMismatch error raised by the ResultRegistry contract.
type ResultRegistryDissectionMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DissectionMismatch()
func ResultRegistryDissectionMismatchErrorID() common.Hash {
	return common.HexToHash("0xef203ff3eff70b4a1d2f74ec675a72c47af2c28eef99b13d44aa3cba011bebc1")
}

// UnpackDissectionMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DissectionMismatch()
func (resultRegistry *ResultRegistry) UnpackDissectionMismatchError(raw []byte) (*ResultRegistryDissectionMismatch, error) {
	out := new(ResultRegistryDissectionMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "DissectionMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryEmptyRow represents a EmptyRow error raised by the ResultRegistry contract.
type ResultRegistryEmptyRow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRow()
func ResultRegistryEmptyRowErrorID() common.Hash {
	return common.HexToHash("0x42f063fabbd7b6f59fa5f71873cf8890164d6b73d4abbfc7de7bf0d569170eda")
}

// UnpackEmptyRowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRow()
func (resultRegistry *ResultRegistry) UnpackEmptyRowError(raw []byte) (*ResultRegistryEmptyRow, error) {
	out := new(ResultRegistryEmptyRow)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "EmptyRow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryGamesOpen represents a GamesOpen error raised by the ResultRegistry contract.
type ResultRegistryGamesOpen struct {
	ResultId  *big.Int
	OpenGames *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func ResultRegistryGamesOpenErrorID() common.Hash {
	return common.HexToHash("0x6ee5d4edde7c7effe3cb9c78c0c7763e7cd6d1c2da1557803d6d09fbdabab610")
}

// UnpackGamesOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GamesOpen(uint256 resultId, uint256 openGames)
func (resultRegistry *ResultRegistry) UnpackGamesOpenError(raw []byte) (*ResultRegistryGamesOpen, error) {
	out := new(ResultRegistryGamesOpen)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "GamesOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryIndexOutOfRange represents a IndexOutOfRange error raised by the ResultRegistry contract.
type ResultRegistryIndexOutOfRange struct {
	Index *big.Int
	Limit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func ResultRegistryIndexOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x94666f0d776338bf3dc0d578dde468fba3b7901915ee98978704643d741cc12d")
}

// UnpackIndexOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IndexOutOfRange(uint256 index, uint256 limit)
func (resultRegistry *ResultRegistry) UnpackIndexOutOfRangeError(raw []byte) (*ResultRegistryIndexOutOfRange, error) {
	out := new(ResultRegistryIndexOutOfRange)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "IndexOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryLeafBeyondTensor represents a LeafBeyondTensor error raised by the ResultRegistry contract.
type ResultRegistryLeafBeyondTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func ResultRegistryLeafBeyondTensorErrorID() common.Hash {
	return common.HexToHash("0xb984ad1fb53b4ede9a613b2b4ff6835e8df3e0f3c144bbd01707d867fcf9f36b")
}

// UnpackLeafBeyondTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafBeyondTensor(uint256 index, uint256 nChunks)
func (resultRegistry *ResultRegistry) UnpackLeafBeyondTensorError(raw []byte) (*ResultRegistryLeafBeyondTensor, error) {
	out := new(ResultRegistryLeafBeyondTensor)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "LeafBeyondTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryLeafWithinTensor represents a LeafWithinTensor error raised by the ResultRegistry contract.
type ResultRegistryLeafWithinTensor struct {
	Index   *big.Int
	NChunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func ResultRegistryLeafWithinTensorErrorID() common.Hash {
	return common.HexToHash("0x1b394532cef70fe8e2ec4606addde6abda532a45b6b0263c1dfde0f6586a9f42")
}

// UnpackLeafWithinTensorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeafWithinTensor(uint256 index, uint256 nChunks)
func (resultRegistry *ResultRegistry) UnpackLeafWithinTensorError(raw []byte) (*ResultRegistryLeafWithinTensor, error) {
	out := new(ResultRegistryLeafWithinTensor)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "LeafWithinTensor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryLengthMismatch represents a LengthMismatch error raised by the ResultRegistry contract.
type ResultRegistryLengthMismatch struct {
	XLen *big.Int
	YLen *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func ResultRegistryLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 xLen, uint256 yLen)
func (resultRegistry *ResultRegistry) UnpackLengthMismatchError(raw []byte) (*ResultRegistryLengthMismatch, error) {
	out := new(ResultRegistryLengthMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNoStake represents a NoStake error raised by the ResultRegistry contract.
type ResultRegistryNoStake struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoStake(address provider)
func ResultRegistryNoStakeErrorID() common.Hash {
	return common.HexToHash("0x1130b1ce18cb10fbd4d6f64d9f418607abff316a696a3f52066db33473248660")
}

// UnpackNoStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoStake(address provider)
func (resultRegistry *ResultRegistry) UnpackNoStakeError(raw []byte) (*ResultRegistryNoStake, error) {
	out := new(ResultRegistryNoStake)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NoStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNonCanonicalOp represents a NonCanonicalOp error raised by the ResultRegistry contract.
type ResultRegistryNonCanonicalOp struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonCanonicalOp()
func ResultRegistryNonCanonicalOpErrorID() common.Hash {
	return common.HexToHash("0x973f39f40c7758f7c49cf2c9608889c3b2bdb95d33aaa7750f2536d7d5d9a305")
}

// UnpackNonCanonicalOpError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonCanonicalOp()
func (resultRegistry *ResultRegistry) UnpackNonCanonicalOpError(raw []byte) (*ResultRegistryNonCanonicalOp, error) {
	out := new(ResultRegistryNonCanonicalOp)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NonCanonicalOp", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNotDisputeGame represents a NotDisputeGame error raised by the ResultRegistry contract.
type ResultRegistryNotDisputeGame struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisputeGame(address caller)
func ResultRegistryNotDisputeGameErrorID() common.Hash {
	return common.HexToHash("0x1608e75a8a6902d0013c33463774dbb62cd825226962958a28954131ade4a831")
}

// UnpackNotDisputeGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisputeGame(address caller)
func (resultRegistry *ResultRegistry) UnpackNotDisputeGameError(raw []byte) (*ResultRegistryNotDisputeGame, error) {
	out := new(ResultRegistryNotDisputeGame)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NotDisputeGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNotPending represents a NotPending error raised by the ResultRegistry contract.
type ResultRegistryNotPending struct {
	ResultId *big.Int
	Status   uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func ResultRegistryNotPendingErrorID() common.Hash {
	return common.HexToHash("0x8b28b8fae6b6dd93d291081b098193b37a9cf52c5c307195f43c5d210eaa3532")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint256 resultId, uint8 status)
func (resultRegistry *ResultRegistry) UnpackNotPendingError(raw []byte) (*ResultRegistryNotPending, error) {
	out := new(ResultRegistryNotPending)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNotUnbonding represents a NotUnbonding error raised by the ResultRegistry contract.
type ResultRegistryNotUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotUnbonding(address provider)
func ResultRegistryNotUnbondingErrorID() common.Hash {
	return common.HexToHash("0x68dadb1523df8dee20db5db11837c54eaaa5c896e87e2e63a41110ef2c9f5c77")
}

// UnpackNotUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotUnbonding(address provider)
func (resultRegistry *ResultRegistry) UnpackNotUnbondingError(raw []byte) (*ResultRegistryNotUnbonding, error) {
	out := new(ResultRegistryNotUnbonding)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NotUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNotYourTurn represents a NotYourTurn error raised by the ResultRegistry contract.
type ResultRegistryNotYourTurn struct {
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYourTurn(address expected)
func ResultRegistryNotYourTurnErrorID() common.Hash {
	return common.HexToHash("0x49f5ad115bca450f9fb5b0bba9a633e97a7851632b21616ca1d122654f5977c9")
}

// UnpackNotYourTurnError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYourTurn(address expected)
func (resultRegistry *ResultRegistry) UnpackNotYourTurnError(raw []byte) (*ResultRegistryNotYourTurn, error) {
	out := new(ResultRegistryNotYourTurn)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NotYourTurn", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the ResultRegistry contract.
type ResultRegistryNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func ResultRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (resultRegistry *ResultRegistry) UnpackNothingToWithdrawError(raw []byte) (*ResultRegistryNothingToWithdraw, error) {
	out := new(ResultRegistryNothingToWithdraw)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryOutputRootMatches represents a OutputRootMatches error raised by the ResultRegistry contract.
type ResultRegistryOutputRootMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputRootMatches()
func ResultRegistryOutputRootMatchesErrorID() common.Hash {
	return common.HexToHash("0x6fb4fddaa9178d8555c98dc2c44c77be160448d7e2aea8d28a467b9fb2bae533")
}

// UnpackOutputRootMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputRootMatches()
func (resultRegistry *ResultRegistry) UnpackOutputRootMatchesError(raw []byte) (*ResultRegistryOutputRootMatches, error) {
	out := new(ResultRegistryOutputRootMatches)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "OutputRootMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryOutputTypeMismatch represents a OutputTypeMismatch error raised by the ResultRegistry contract.
type ResultRegistryOutputTypeMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutputTypeMismatch()
func ResultRegistryOutputTypeMismatchErrorID() common.Hash {
	return common.HexToHash("0x8e9f4248561c8b91b611b121cd103ee0b4c7ce8486ab5f350c66a6abf9cb8a6d")
}

// UnpackOutputTypeMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutputTypeMismatch()
func (resultRegistry *ResultRegistry) UnpackOutputTypeMismatchError(raw []byte) (*ResultRegistryOutputTypeMismatch, error) {
	out := new(ResultRegistryOutputTypeMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "OutputTypeMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the ResultRegistry contract.
type ResultRegistryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func ResultRegistryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (resultRegistry *ResultRegistry) UnpackOwnableInvalidOwnerError(raw []byte) (*ResultRegistryOwnableInvalidOwner, error) {
	out := new(ResultRegistryOwnableInvalidOwner)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the ResultRegistry contract.
type ResultRegistryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func ResultRegistryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (resultRegistry *ResultRegistry) UnpackOwnableUnauthorizedAccountError(raw []byte) (*ResultRegistryOwnableUnauthorizedAccount, error) {
	out := new(ResultRegistryOwnableUnauthorizedAccount)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryProgramRootMismatch represents a ProgramRootMismatch error raised by the ResultRegistry contract.
type ResultRegistryProgramRootMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProgramRootMismatch()
func ResultRegistryProgramRootMismatchErrorID() common.Hash {
	return common.HexToHash("0xf5b05e5b572bf69806eb5d56a6151914756cc177e0627c8f82e84bc903b82228")
}

// UnpackProgramRootMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProgramRootMismatch()
func (resultRegistry *ResultRegistry) UnpackProgramRootMismatchError(raw []byte) (*ResultRegistryProgramRootMismatch, error) {
	out := new(ResultRegistryProgramRootMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ProgramRootMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryProviderUnbonding represents a ProviderUnbonding error raised by the ResultRegistry contract.
type ResultRegistryProviderUnbonding struct {
	Provider common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderUnbonding(address provider)
func ResultRegistryProviderUnbondingErrorID() common.Hash {
	return common.HexToHash("0x4a909b8f32d3e93a7d59077e2baf3b05e8a80e49151365f29b6dd698596df9df")
}

// UnpackProviderUnbondingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderUnbonding(address provider)
func (resultRegistry *ResultRegistry) UnpackProviderUnbondingError(raw []byte) (*ResultRegistryProviderUnbonding, error) {
	out := new(ResultRegistryProviderUnbonding)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ProviderUnbonding", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryRecordMismatch represents a RecordMismatch error raised by the ResultRegistry contract.
type ResultRegistryRecordMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecordMismatch()
func ResultRegistryRecordMismatchErrorID() common.Hash {
	return common.HexToHash("0xaa9bf0ae83addc57dadf81cb539dc193d74b5dda02c0b2043ee0cd8f4acf828d")
}

// UnpackRecordMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecordMismatch()
func (resultRegistry *ResultRegistry) UnpackRecordMismatchError(raw []byte) (*ResultRegistryRecordMismatch, error) {
	out := new(ResultRegistryRecordMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "RecordMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryRootsAgree represents a RootsAgree error raised by the ResultRegistry contract.
type ResultRegistryRootsAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootsAgree()
func ResultRegistryRootsAgreeErrorID() common.Hash {
	return common.HexToHash("0x613802fb8e4d7a065e41f3b92a79080e6bfc01982777f6a01f32b499b6715102")
}

// UnpackRootsAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootsAgree()
func (resultRegistry *ResultRegistry) UnpackRootsAgreeError(raw []byte) (*ResultRegistryRootsAgree, error) {
	out := new(ResultRegistryRootsAgree)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "RootsAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryStateMismatch represents a StateMismatch error raised by the ResultRegistry contract.
type ResultRegistryStateMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch()
func ResultRegistryStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x4ecc13ec067c89cec80d201c2de5329e924d99ed52d69de79bf13f0807729e0d")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch()
func (resultRegistry *ResultRegistry) UnpackStateMismatchError(raw []byte) (*ResultRegistryStateMismatch, error) {
	out := new(ResultRegistryStateMismatch)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryStepCountMatches represents a StepCountMatches error raised by the ResultRegistry contract.
type ResultRegistryStepCountMatches struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StepCountMatches()
func ResultRegistryStepCountMatchesErrorID() common.Hash {
	return common.HexToHash("0x6d971dca286efde8e695c0016b694c397381111d0630a19d2ba461ae19ec1631")
}

// UnpackStepCountMatchesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StepCountMatches()
func (resultRegistry *ResultRegistry) UnpackStepCountMatchesError(raw []byte) (*ResultRegistryStepCountMatches, error) {
	out := new(ResultRegistryStepCountMatches)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "StepCountMatches", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryStringTooLong represents a StringTooLong error raised by the ResultRegistry contract.
type ResultRegistryStringTooLong struct {
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func ResultRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0xc874dfa58fe3c504155fc1f7f8ed25493067c31b7821528a4b5b9e0134b42101")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(uint256 length, uint256 max)
func (resultRegistry *ResultRegistry) UnpackStringTooLongError(raw []byte) (*ResultRegistryStringTooLong, error) {
	out := new(ResultRegistryStringTooLong)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryTransferFailed represents a TransferFailed error raised by the ResultRegistry contract.
type ResultRegistryTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func ResultRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (resultRegistry *ResultRegistry) UnpackTransferFailedError(raw []byte) (*ResultRegistryTransferFailed, error) {
	out := new(ResultRegistryTransferFailed)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryUnbondingDelayTooShort represents a UnbondingDelayTooShort error raised by the ResultRegistry contract.
type ResultRegistryUnbondingDelayTooShort struct {
	UnbondingDelay *big.Int
	Required       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func ResultRegistryUnbondingDelayTooShortErrorID() common.Hash {
	return common.HexToHash("0xc97848cec05cc7ad46155408b81fc1fb8f5506a1947abe6cf9aa0e9735b8fe9a")
}

// UnpackUnbondingDelayTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingDelayTooShort(uint256 unbondingDelay, uint256 required)
func (resultRegistry *ResultRegistry) UnpackUnbondingDelayTooShortError(raw []byte) (*ResultRegistryUnbondingDelayTooShort, error) {
	out := new(ResultRegistryUnbondingDelayTooShort)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "UnbondingDelayTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryUnbondingNotElapsed represents a UnbondingNotElapsed error raised by the ResultRegistry contract.
type ResultRegistryUnbondingNotElapsed struct {
	WithdrawableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func ResultRegistryUnbondingNotElapsedErrorID() common.Hash {
	return common.HexToHash("0xd3c68d401e91ef08da3522dfaf5a1bbbdda5f1d811fb98e774774a20ed3e5bff")
}

// UnpackUnbondingNotElapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotElapsed(uint256 withdrawableAt)
func (resultRegistry *ResultRegistry) UnpackUnbondingNotElapsedError(raw []byte) (*ResultRegistryUnbondingNotElapsed, error) {
	out := new(ResultRegistryUnbondingNotElapsed)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "UnbondingNotElapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryUnexpectedEther represents a UnexpectedEther error raised by the ResultRegistry contract.
type ResultRegistryUnexpectedEther struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedEther()
func ResultRegistryUnexpectedEtherErrorID() common.Hash {
	return common.HexToHash("0x5bb8e485d8872b3aaed8e95cb73575ce91377b05612394ee98232a9950c19a15")
}

// UnpackUnexpectedEtherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedEther()
func (resultRegistry *ResultRegistry) UnpackUnexpectedEtherError(raw []byte) (*ResultRegistryUnexpectedEther, error) {
	out := new(ResultRegistryUnexpectedEther)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "UnexpectedEther", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryUnknownGame represents a UnknownGame error raised by the ResultRegistry contract.
type ResultRegistryUnknownGame struct {
	GameId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownGame(uint256 gameId)
func ResultRegistryUnknownGameErrorID() common.Hash {
	return common.HexToHash("0xc006e93f4a4e00aa2ee469ba931a709192bce33e7b1f52a163a645fc2ef79abe")
}

// UnpackUnknownGameError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownGame(uint256 gameId)
func (resultRegistry *ResultRegistry) UnpackUnknownGameError(raw []byte) (*ResultRegistryUnknownGame, error) {
	out := new(ResultRegistryUnknownGame)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "UnknownGame", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryUnknownOpcode represents a UnknownOpcode error raised by the ResultRegistry contract.
type ResultRegistryUnknownOpcode struct {
	Opcode uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func ResultRegistryUnknownOpcodeErrorID() common.Hash {
	return common.HexToHash("0xb378b6d43ceac99f8b401eae7f0576c8493e4e7f70b1c76e0562c07e609e3bc8")
}

// UnpackUnknownOpcodeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOpcode(uint8 opcode)
func (resultRegistry *ResultRegistry) UnpackUnknownOpcodeError(raw []byte) (*ResultRegistryUnknownOpcode, error) {
	out := new(ResultRegistryUnknownOpcode)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "UnknownOpcode", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryUnknownResult represents a UnknownResult error raised by the ResultRegistry contract.
type ResultRegistryUnknownResult struct {
	ResultId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownResult(uint256 resultId)
func ResultRegistryUnknownResultErrorID() common.Hash {
	return common.HexToHash("0x5d32e1ccdf3241a082c2447b8910185b8850da0155aa6396f5a7055023ae981b")
}

// UnpackUnknownResultError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownResult(uint256 resultId)
func (resultRegistry *ResultRegistry) UnpackUnknownResultError(raw []byte) (*ResultRegistryUnknownResult, error) {
	out := new(ResultRegistryUnknownResult)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "UnknownResult", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryValuesAgree represents a ValuesAgree error raised by the ResultRegistry contract.
type ResultRegistryValuesAgree struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValuesAgree()
func ResultRegistryValuesAgreeErrorID() common.Hash {
	return common.HexToHash("0x011e552774a28cee1a35f2e6720f4afa591bbb828856ab60a6fa1a8162567ea0")
}

// UnpackValuesAgreeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValuesAgree()
func (resultRegistry *ResultRegistry) UnpackValuesAgreeError(raw []byte) (*ResultRegistryValuesAgree, error) {
	out := new(ResultRegistryValuesAgree)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ValuesAgree", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryWindowClosed represents a WindowClosed error raised by the ResultRegistry contract.
type ResultRegistryWindowClosed struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func ResultRegistryWindowClosedErrorID() common.Hash {
	return common.HexToHash("0x184663dd4b9fdcadf36bbcb9f4c6941af76e8cf9d050bb5460f87fa79c3de0b1")
}

// UnpackWindowClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowClosed(uint256 resultId, uint256 deadline)
func (resultRegistry *ResultRegistry) UnpackWindowClosedError(raw []byte) (*ResultRegistryWindowClosed, error) {
	out := new(ResultRegistryWindowClosed)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "WindowClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryWindowOpen represents a WindowOpen error raised by the ResultRegistry contract.
type ResultRegistryWindowOpen struct {
	ResultId *big.Int
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func ResultRegistryWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xe51685620f6e45a689af7265059398ce8db258b0ddc54c49831531ebb3e37d89")
}

// UnpackWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WindowOpen(uint256 resultId, uint256 deadline)
func (resultRegistry *ResultRegistry) UnpackWindowOpenError(raw []byte) (*ResultRegistryWindowOpen, error) {
	out := new(ResultRegistryWindowOpen)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "WindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryWrongBond represents a WrongBond error raised by the ResultRegistry contract.
type ResultRegistryWrongBond struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func ResultRegistryWrongBondErrorID() common.Hash {
	return common.HexToHash("0x0c5e03da3c3575f08d387f0e59dfdfe46b22550c7a25676fffcb9251582e2c11")
}

// UnpackWrongBondError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongBond(uint256 want, uint256 got)
func (resultRegistry *ResultRegistry) UnpackWrongBondError(raw []byte) (*ResultRegistryWrongBond, error) {
	out := new(ResultRegistryWrongBond)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "WrongBond", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryWrongInputCount represents a WrongInputCount error raised by the ResultRegistry contract.
type ResultRegistryWrongInputCount struct {
	Want *big.Int
	Got  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func ResultRegistryWrongInputCountErrorID() common.Hash {
	return common.HexToHash("0xc8a519a8b3b20dfb4c5792401550928d972f113659edad15df4ad658f77391df")
}

// UnpackWrongInputCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongInputCount(uint256 want, uint256 got)
func (resultRegistry *ResultRegistry) UnpackWrongInputCountError(raw []byte) (*ResultRegistryWrongInputCount, error) {
	out := new(ResultRegistryWrongInputCount)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "WrongInputCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryWrongPhase represents a WrongPhase error raised by the ResultRegistry contract.
type ResultRegistryWrongPhase struct {
	GameId *big.Int
	Phase  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func ResultRegistryWrongPhaseErrorID() common.Hash {
	return common.HexToHash("0x083a89f234e0317d5ce7ed572bfc6b4676dca2826b7b9120222ca6b80bfc9c27")
}

// UnpackWrongPhaseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPhase(uint256 gameId, uint8 phase)
func (resultRegistry *ResultRegistry) UnpackWrongPhaseError(raw []byte) (*ResultRegistryWrongPhase, error) {
	out := new(ResultRegistryWrongPhase)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "WrongPhase", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryZeroAddress represents a ZeroAddress error raised by the ResultRegistry contract.
type ResultRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ResultRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (resultRegistry *ResultRegistry) UnpackZeroAddressError(raw []byte) (*ResultRegistryZeroAddress, error) {
	out := new(ResultRegistryZeroAddress)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ResultRegistryZeroValue represents a ZeroValue error raised by the ResultRegistry contract.
type ResultRegistryZeroValue struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroValue()
func ResultRegistryZeroValueErrorID() common.Hash {
	return common.HexToHash("0x7c946ed78134c23eac50c0c02964d68f22dd28448c070d39c9f8e8389b217469")
}

// UnpackZeroValueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroValue()
func (resultRegistry *ResultRegistry) UnpackZeroValueError(raw []byte) (*ResultRegistryZeroValue, error) {
	out := new(ResultRegistryZeroValue)
	if err := resultRegistry.abi.UnpackIntoInterface(out, "ZeroValue", raw); err != nil {
		return nil, err
	}
	return out, nil
}
